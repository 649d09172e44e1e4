#pragma once

// Inflates a gzip stream (.gz, RFC 1952; several members in a row, as `cat a.gz b.gz` makes, read
// as one) while it is read: a sequential, read-only QIODevice over another device, so a
// compressed export of any size is never inflated whole in memory. read() returns -1 on corrupt
// or truncated data; error() then says why, with the compressed offset.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

namespace boussole {

class GzipDevice : public QIODevice {
public:
    // `source` must stay open and alive while this device is used; it is read from its current
    // position. fileName labels errors.
    GzipDevice(QIODevice &source, QString fileName);
    ~GzipDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    void close() override;

    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    // Compressed bytes consumed from the source so far.
    qint64 compressedPosition() const { return m_consumed; }

    // True when the bytes start with the gzip magic number.
    static bool looksLikeGzip(QByteArrayView head);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct State;
    qint64 fail(const QString &message);

    QIODevice &m_source;
    QString m_fileName;
    std::unique_ptr<State> m_state;
    QByteArray m_input;
    qint64 m_consumed = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace boussole
