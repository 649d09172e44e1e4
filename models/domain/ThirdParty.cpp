#include "models/domain/ThirdParty.h"

#include <QtGlobal>

#include <curl/curl.h>
#include <openssl/crypto.h>
#include <sqlite3.h>
#include <zip.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace boussole {

std::vector<Component> thirdPartyComponents()
{
    const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), u"LGPL-3.0-only"_s, u"https://www.qt.io/"_s},
        {u"SQLite"_s, QString::fromLatin1(sqlite3_libversion()), u"Public domain"_s,
         u"https://sqlite.org/"_s},
        // yaml-cpp has no run-time version call; this is the Debian 12 package Boussole builds
        // with.
        {u"yaml-cpp"_s, u"0.7"_s, u"MIT"_s, u"https://github.com/jbeder/yaml-cpp"_s},
        {u"libcurl"_s, QString::fromLatin1(curl ? curl->version : ""), u"curl (MIT/X derivative)"_s,
         u"https://curl.se/"_s},
        {u"zlib"_s, QString::fromLatin1(zlibVersion()), u"Zlib"_s, u"https://zlib.net/"_s},
        {u"OpenSSL (libcrypto)"_s, QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         u"Apache-2.0"_s, u"https://www.openssl.org/"_s},
        {u"libzip"_s, QString::fromLatin1(zip_libzip_version()), u"BSD-3-Clause"_s,
         u"https://libzip.org/"_s},
        {u"DejaVu fonts"_s, QString(), u"Bitstream Vera / public domain"_s,
         u"https://dejavu-fonts.github.io/"_s},
    };
}

} // namespace boussole
