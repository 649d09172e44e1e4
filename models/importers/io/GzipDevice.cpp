#include "models/importers/io/GzipDevice.h"

#include <QCoreApplication>

#include <zlib.h>

namespace boussole {

struct GzipDevice::State {
    z_stream stream{};
    bool initialised = false;
    bool inMember = false; // between a member's header and its trailer
};

GzipDevice::GzipDevice(QIODevice &source, QString fileName)
    : m_source(source), m_fileName(std::move(fileName)), m_state(std::make_unique<State>())
{
    m_input.resize(256 * 1024);
    if (inflateInit2(&m_state->stream, 16 + MAX_WBITS) == Z_OK) {
        m_state->initialised = true;
        setOpenMode(QIODevice::ReadOnly);
    } else {
        m_error = Error(QCoreApplication::translate("Importer", "cannot start decompressing"),
                        m_fileName);
    }
}

GzipDevice::~GzipDevice()
{
    if (m_state->initialised) {
        inflateEnd(&m_state->stream);
    }
}

bool GzipDevice::looksLikeGzip(QByteArrayView head)
{
    return head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b;
}

bool GzipDevice::atEnd() const
{
    return (m_finished || m_error) && QIODevice::bytesAvailable() == 0;
}

void GzipDevice::close()
{
    QIODevice::close();
}

qint64 GzipDevice::fail(const QString &message)
{
    m_error = Error(message, m_fileName);
    setErrorString(message);
    return -1;
}

qint64 GzipDevice::readData(char *data, qint64 maxSize)
{
    if (m_error) {
        return -1;
    }
    if (m_finished || maxSize <= 0) {
        return 0;
    }
    z_stream &z = m_state->stream;
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = uInt(std::min<qint64>(maxSize, 1 << 30));
    const uInt wanted = z.avail_out;
    while (z.avail_out == wanted) {
        if (z.avail_in == 0) {
            const qint64 n = m_source.read(m_input.data(), m_input.size());
            if (n < 0) {
                return fail(QCoreApplication::translate("Importer", "cannot read the file: %1")
                                .arg(m_source.errorString()));
            }
            if (n == 0) {
                if (m_state->inMember) {
                    return fail(QCoreApplication::translate(
                                    "Importer", "the compressed file is truncated (it ends after "
                                                "%1 bytes in the middle of the data)")
                                    .arg(m_consumed));
                }
                m_finished = true;
                break;
            }
            z.next_in = reinterpret_cast<Bytef *>(m_input.data());
            z.avail_in = uInt(n);
        }
        const uInt before = z.avail_in;
        m_state->inMember = true;
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_consumed += before - z.avail_in;
        if (rc == Z_STREAM_END) {
            m_state->inMember = false;
            // Another member may follow; anything that is not gzip after the first member (NUL
            // padding some tools add) ends the stream.
            if (z.avail_in == 0) {
                const qint64 n = m_source.read(m_input.data(), m_input.size());
                if (n <= 0) {
                    m_finished = true;
                    break;
                }
                z.next_in = reinterpret_cast<Bytef *>(m_input.data());
                z.avail_in = uInt(n);
            }
            if (!looksLikeGzip(QByteArrayView(reinterpret_cast<const char *>(z.next_in),
                                              qsizetype(z.avail_in)))) {
                m_finished = true;
                break;
            }
            inflateReset(&z);
            continue;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            return fail(QCoreApplication::translate(
                            "Importer", "the compressed data is damaged near byte %1 (%2)")
                            .arg(m_consumed)
                            .arg(QString::fromLatin1(z.msg ? z.msg : "zlib error")));
        }
    }
    return qint64(wanted - z.avail_out);
}

qint64 GzipDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace boussole
