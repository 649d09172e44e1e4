#include "models/importers/io/ZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>

#include <zip.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

constexpr qint64 kCopyBlock = 256 * 1024;

QString foldName(QStringView name)
{
    QString folded = name.toString().toLower();
    folded.replace(u'\\', u'/');
    while (folded.startsWith(u'/')) {
        folded.remove(0, 1);
    }
    return folded;
}

// Frees a zip_error_t on scope exit.
struct ZipErrorHolder {
    zip_error_t error;
    ZipErrorHolder() { zip_error_init(&error); }
    ~ZipErrorHolder() { zip_error_fini(&error); }
    ZipErrorHolder(const ZipErrorHolder &) = delete;
    ZipErrorHolder &operator=(const ZipErrorHolder &) = delete;
};

} // namespace

// --- ZipEntryDevice ---------------------------------------------------------------------------

ZipEntryDevice::ZipEntryDevice(ZipArchive &archive, zip_file *file, ZipEntryInfo info)
    : m_archive(archive), m_file(file), m_info(std::move(info))
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

void ZipEntryDevice::close()
{
    if (m_file) {
        zip_fclose(m_file);
        m_file = nullptr;
    }
    if (isOpen()) {
        QIODevice::close();
    }
}

qint64 ZipEntryDevice::bytesAvailable() const
{
    const qint64 pending =
        m_finished || m_error ? 0 : std::max<qint64>(0, m_info.size - m_inflated);
    return QIODevice::bytesAvailable() + pending;
}

bool ZipEntryDevice::atEnd() const
{
    return (m_finished || m_error.has_value() || !m_file) && QIODevice::bytesAvailable() == 0;
}

qint64 ZipEntryDevice::fail(Error error)
{
    m_error = std::move(error);
    setErrorString(m_error->message);
    return -1;
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_error) {
        return -1;
    }
    if (m_finished || !m_file || maxSize <= 0) {
        return 0;
    }
    // Ask for at most one byte more than declared: enough to notice an entry that lies.
    const qint64 remaining = std::max<qint64>(0, m_info.size - m_inflated);
    const qint64 wanted = std::min(maxSize, remaining + 1);
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(wanted));
    if (n < 0) {
        zip_error_t *error = zip_file_get_error(m_file);
        return fail(m_archive.libzipError(zip_error_code_zip(error), m_info.name,
                                          zip_error_strerror(error)));
    }
    if (n == 0) {
        m_finished = true;
        if (m_inflated != m_info.size) {
            return fail(m_archive.error(
                QCoreApplication::translate("Importer",
                                            "entry %1 is damaged: it holds %2 bytes instead of "
                                            "the %3 its header declares")
                    .arg(m_info.name)
                    .arg(m_inflated)
                    .arg(m_info.size)));
        }
        return 0;
    }
    m_inflated += n;
    m_archive.m_inflated += n;
    if (m_inflated > m_info.size) {
        return fail(m_archive.error(
            QCoreApplication::translate("Importer",
                                        "entry %1 inflates to more than the %2 its header "
                                        "declares; the archive is damaged or hostile")
                .arg(m_info.name, ZipArchive::formatSize(m_info.size))));
    }
    if (m_archive.m_inflated > m_archive.m_limits.maxTotalSize) {
        return fail(
            m_archive.error(QCoreApplication::translate(
                                "Importer", "the archive inflates to more than the %1 allowed")
                                .arg(ZipArchive::formatSize(m_archive.m_limits.maxTotalSize))));
    }
    return n;
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

// --- ZipArchive -------------------------------------------------------------------------------

ZipArchive::ZipArchive(QString fileName, const ZipLimits &limits)
    : m_fileName(std::move(fileName)), m_limits(limits)
{
}

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

QString ZipArchive::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

Error ZipArchive::error(const QString &message) const
{
    return Error(message, m_fileName);
}

Error ZipArchive::libzipError(int code, const QString &entryName, const char *detail) const
{
    const QString &entry = entryName;
    switch (code) {
    case ZIP_ER_NOZIP:
        return error(QCoreApplication::translate(
            "Importer", "not a zip archive, or a truncated one (no central directory found)"));
    case ZIP_ER_INCONS:
        return error(QCoreApplication::translate(
            "Importer", "the zip archive is damaged: its directory contradicts its entries"));
    case ZIP_ER_EOF:
        return error(QCoreApplication::translate(
            "Importer", "the zip archive is truncated: the file ends too early"));
    case ZIP_ER_MULTIDISK:
        return error(QCoreApplication::translate(
            "Importer", "multi-volume zip archives are not supported; join the parts first"));
    case ZIP_ER_MEMORY:
        return error(QCoreApplication::translate("Importer", "out of memory"));
    case ZIP_ER_CRC:
        return error(
            QCoreApplication::translate("Importer", "entry %1 is damaged (CRC error)").arg(entry));
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return error(
            QCoreApplication::translate("Importer", "entry %1 is damaged (invalid compressed data)")
                .arg(entry));
    case ZIP_ER_COMPNOTSUPP:
        return error(QCoreApplication::translate(
                         "Importer", "entry %1 uses a compression method that is not supported")
                         .arg(entry));
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
        return error(QCoreApplication::translate(
                         "Importer", "entry %1 is encrypted; save the file without a password")
                         .arg(entry));
    default:
        return error(QCoreApplication::translate("Importer", "cannot read the zip archive: %1")
                         .arg(QString::fromUtf8(detail ? detail : "")));
    }
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(QIODevice &device, const QString &fileName,
                                                     const ZipLimits &limits)
{
    // A file on disk: let libzip seek in it rather than copy it.
    if (const auto *file = qobject_cast<const QFile *>(&device)) {
        const QString path = file->fileName();
        if (!path.isEmpty() && !path.startsWith(u':') && QFileInfo(path).isFile() &&
            device.pos() == 0) {
            return openFile(path, fileName, limits);
        }
    }

    // Up to the in-memory limit in memory; beyond it, the whole archive in a temporary file.
    QByteArray data;
    if (!device.isSequential()) {
        data.reserve(std::min(device.size() - device.pos(), limits.maxInMemorySize + 1));
    }
    QByteArray block(kCopyBlock, Qt::Uninitialized);
    while (data.size() <= limits.maxInMemorySize) {
        const qint64 wanted =
            std::min<qint64>(block.size(), limits.maxInMemorySize + 1 - data.size());
        const qint64 n = device.read(block.data(), wanted);
        if (n < 0) {
            return Error(QCoreApplication::translate("Importer", "cannot read the file: %1")
                             .arg(device.errorString()),
                         fileName);
        }
        if (n == 0) {
            return openData(std::move(data), fileName, limits);
        }
        data.append(block.constData(), n);
    }

    auto spool = std::make_unique<QTemporaryFile>();
    if (!spool->open() || spool->write(data) != data.size()) {
        return Error(QCoreApplication::translate("Importer", "cannot create a temporary file: %1")
                         .arg(spool->errorString()),
                     fileName);
    }
    qint64 copied = data.size();
    data = QByteArray();
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0) {
            return Error(QCoreApplication::translate("Importer", "cannot read the file: %1")
                             .arg(device.errorString()),
                         fileName);
        }
        if (n == 0) {
            break;
        }
        copied += n;
        if (copied > limits.maxTotalSize) {
            return Error(
                QCoreApplication::translate("Importer", "the archive is larger than the %1 allowed")
                    .arg(formatSize(limits.maxTotalSize)),
                fileName);
        }
        if (spool->write(block.constData(), n) != n) {
            return Error(
                QCoreApplication::translate("Importer", "cannot write a temporary file: %1")
                    .arg(spool->errorString()),
                fileName);
        }
    }
    if (!spool->flush()) {
        return Error(QCoreApplication::translate("Importer", "cannot write a temporary file: %1")
                         .arg(spool->errorString()),
                     fileName);
    }
    Result<std::unique_ptr<ZipArchive>> archive = openFile(spool->fileName(), fileName, limits);
    if (archive) {
        archive.value()->m_spool = std::move(spool);
    }
    return archive;
}

Result<std::unique_ptr<ZipArchive>>
ZipArchive::openFile(const QString &path, const QString &fileName, const ZipLimits &limits)
{
    if (QFileInfo(path).size() == 0) {
        return Error(QCoreApplication::translate("Importer", "the file is empty"), fileName);
    }
    std::unique_ptr<ZipArchive> archive(new ZipArchive(fileName, limits));
    ZipErrorHolder holder;
    const QByteArray encoded = QFile::encodeName(path);
    zip_source_t *source = zip_source_file_create(encoded.constData(), 0, -1, &holder.error);
    if (!source) {
        return Error(QCoreApplication::translate("Importer", "cannot open the file: %1")
                         .arg(QString::fromUtf8(zip_error_strerror(&holder.error))),
                     fileName);
    }
    archive->m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &holder.error);
    if (!archive->m_zip) {
        zip_source_free(source);
        return archive->libzipError(zip_error_code_zip(&holder.error), QString(),
                                    zip_error_strerror(&holder.error));
    }
    if (Status loaded = archive->load(); !loaded) {
        return loaded.error();
    }
    return archive;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::openData(QByteArray data, const QString &fileName,
                                                         const ZipLimits &limits)
{
    if (data.isEmpty()) {
        return Error(QCoreApplication::translate("Importer", "the file is empty"), fileName);
    }
    std::unique_ptr<ZipArchive> archive(new ZipArchive(fileName, limits));
    archive->m_data = std::move(data);
    ZipErrorHolder holder;
    // libzip reads the QByteArray in place; the archive keeps it alive.
    zip_source_t *source = zip_source_buffer_create(
        archive->m_data.constData(), zip_uint64_t(archive->m_data.size()), 0, &holder.error);
    if (!source) {
        return archive->libzipError(zip_error_code_zip(&holder.error), QString(),
                                    zip_error_strerror(&holder.error));
    }
    archive->m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &holder.error);
    if (!archive->m_zip) {
        zip_source_free(source);
        return archive->libzipError(zip_error_code_zip(&holder.error), QString(),
                                    zip_error_strerror(&holder.error));
    }
    if (Status loaded = archive->load(); !loaded) {
        return loaded.error();
    }
    return archive;
}

Status ZipArchive::load()
{
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0) {
        return error(QCoreApplication::translate("Importer", "cannot read the zip directory"));
    }
    if (count > m_limits.maxEntries) {
        return error(QCoreApplication::translate(
                         "Importer", "the archive holds %1 entries, more than the %2 allowed")
                         .arg(count)
                         .arg(m_limits.maxEntries));
    }
    m_entries.reserve(std::size_t(count));
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0) {
            zip_error_t *e = zip_get_error(m_zip);
            return libzipError(zip_error_code_zip(e), QString(), zip_error_strerror(e));
        }
        const zip_uint64_t needed = ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE;
        if ((st.valid & needed) != needed) {
            return error(QCoreApplication::translate(
                "Importer", "the zip archive is damaged: an entry has no name or size"));
        }
        ZipEntryInfo info;
        info.name = QString::fromUtf8(st.name);
        info.index = i;
        info.encrypted =
            (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        // Sizes beyond qint64 are hostile by definition; clamp so that the checks refuse them.
        constexpr zip_uint64_t kMax = zip_uint64_t(std::numeric_limits<qint64>::max() / 2);
        info.size = qint64(std::min(st.size, kMax));
        info.compressedSize = qint64(std::min(st.comp_size, kMax));

        if (info.size > m_limits.maxEntrySize) {
            return error(
                QCoreApplication::translate("Importer",
                                            "entry %1 would inflate to %2, more than the %3 "
                                            "allowed for one entry (a zip bomb?)")
                    .arg(info.name, formatSize(info.size), formatSize(m_limits.maxEntrySize)));
        }
        if (info.size > m_limits.ratioFloor &&
            double(info.size) >
                m_limits.maxRatio * double(std::max<qint64>(1, info.compressedSize))) {
            return error(QCoreApplication::translate(
                             "Importer", "entry %1 would inflate from %2 to %3, a ratio above "
                                         "the %4:1 allowed (a zip bomb?)")
                             .arg(info.name, formatSize(info.compressedSize), formatSize(info.size))
                             .arg(m_limits.maxRatio));
        }
        m_totalSize += info.size;
        if (m_totalSize > m_limits.maxTotalSize) {
            return error(QCoreApplication::translate(
                             "Importer", "the archive would inflate to more than the %1 allowed "
                                         "(a zip bomb?)")
                             .arg(formatSize(m_limits.maxTotalSize)));
        }
        const QString key = foldName(info.name);
        if (m_byName.contains(key)) {
            return error(
                QCoreApplication::translate("Importer", "the zip archive holds the entry %1 twice")
                    .arg(info.name));
        }
        m_byName.insert(key, qsizetype(m_entries.size()));
        m_entries.push_back(std::move(info));
    }
    return {};
}

const ZipEntryInfo *ZipArchive::entry(QStringView name) const
{
    const auto it = m_byName.constFind(foldName(name));
    return it == m_byName.constEnd() ? nullptr : &m_entries[std::size_t(it.value())];
}

Result<std::unique_ptr<ZipEntryDevice>> ZipArchive::openEntry(QStringView name)
{
    const ZipEntryInfo *info = entry(name);
    if (!info) {
        return error(QCoreApplication::translate("Importer", "the archive has no entry %1")
                         .arg(name.toString()));
    }
    if (info->encrypted) {
        return libzipError(ZIP_ER_NOPASSWD, info->name, nullptr);
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(info->index), 0);
    if (!file) {
        zip_error_t *e = zip_get_error(m_zip);
        return libzipError(zip_error_code_zip(e), info->name, zip_error_strerror(e));
    }
    return std::unique_ptr<ZipEntryDevice>(new ZipEntryDevice(*this, file, *info));
}

Status ZipArchive::readEntry(QStringView name, const std::function<bool(QByteArrayView)> &onChunk,
                             qsizetype chunkSize)
{
    Result<std::unique_ptr<ZipEntryDevice>> device = openEntry(name);
    if (!device) {
        return device.error();
    }
    QByteArray chunk(std::max<qsizetype>(chunkSize, 1), Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.value()->read(chunk.data(), chunk.size());
        if (n < 0) {
            return device.value()->error();
        }
        if (n == 0) {
            return {};
        }
        if (!onChunk(QByteArrayView(chunk.constData(), n))) {
            return {};
        }
    }
}

Result<QByteArray> ZipArchive::readAll(QStringView name, qint64 maxSize)
{
    const ZipEntryInfo *info = entry(name);
    if (info && info->size > maxSize) {
        return error(QCoreApplication::translate(
                         "Importer", "entry %1 holds %2, more than the %3 allowed for it")
                         .arg(info->name, formatSize(info->size), formatSize(maxSize)));
    }
    QByteArray bytes;
    if (info) {
        bytes.reserve(info->size);
    }
    Status read = readEntry(name, [&bytes](QByteArrayView chunk) {
        bytes.append(chunk);
        return true;
    });
    if (!read) {
        return read.error();
    }
    return bytes;
}

} // namespace boussole
