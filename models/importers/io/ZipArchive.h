#pragma once

// Read-only access to a zip archive (an .xlsx workbook, an .ods, a zipped export) through libzip,
// with limits that make hostile archives fail early instead of filling memory or disk.
//
// Ownership and threading: a ZipArchive owns its libzip handle and the bytes or temporary file it
// reads from. Entry readers (ZipEntryDevice) point into it and must not outlive it. One archive,
// one thread: libzip handles are not thread-safe, so use one archive per thread.

#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct zip;
struct zip_file;
class QTemporaryFile;

namespace boussole {

// Checked against the sizes the central directory declares (before anything is inflated) and
// again while inflating, since a hostile archive may declare small sizes and inflate big ones.
struct ZipLimits {
    static constexpr qint64 kMiB = 1024 * 1024;

    qint64 maxEntrySize = 512 * kMiB;   // inflated bytes of one entry
    qint64 maxTotalSize = 2048 * kMiB;  // inflated bytes of all entries together
    double maxRatio = 200;              // inflated / compressed, for entries above ratioFloor
    qint64 ratioFloor = 10 * kMiB;      // small entries may compress as well as they like
    int maxEntries = 10000;             // entries in the central directory
    qint64 maxInMemorySize = 64 * kMiB; // archives read from a device that is not a file on
                                        // disk: up to this size in memory, beyond it spooled
                                        // to a temporary file
};

struct ZipEntryInfo {
    QString name;    // as stored ("xl/worksheets/sheet1.xml")
    qint64 size = 0; // inflated size declared by the central directory
    qint64 compressedSize = 0;
    bool encrypted = false;
    qint64 index = 0; // libzip's index
};

class ZipArchive;

// One entry, inflated while it is read: a sequential, read-only QIODevice that QXmlStreamReader
// (or anything else) can pull from in blocks, so an entry is never inflated whole in memory.
// read() returns -1 on a damaged entry or a broken limit; error() then says why.
class ZipEntryDevice : public QIODevice {
public:
    ~ZipEntryDevice() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    void close() override;

    const ZipEntryInfo &info() const { return m_info; }
    qint64 inflated() const { return m_inflated; } // bytes inflated so far
    bool hasError() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    friend class ZipArchive;
    ZipEntryDevice(ZipArchive &archive, zip_file *file, ZipEntryInfo info);
    qint64 fail(Error error);

    ZipArchive &m_archive;
    zip_file *m_file = nullptr;
    ZipEntryInfo m_info;
    qint64 m_inflated = 0;
    bool m_finished = false;
    std::optional<Error> m_error;
};

class ZipArchive {
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Opens the archive a device holds. A QFile naming a file on disk is reopened by its path
    // (libzip seeks around the central directory; the file is not read into memory); any other
    // device (a QBuffer, a Qt resource ":/…", a pipe) is read from its current position, into
    // memory up to limits.maxInMemorySize and into a temporary file beyond. fileName labels
    // every Error.
    static Result<std::unique_ptr<ZipArchive>> open(QIODevice &device, const QString &fileName,
                                                    const ZipLimits &limits = {});
    static Result<std::unique_ptr<ZipArchive>>
    openFile(const QString &path, const QString &fileName, const ZipLimits &limits = {});
    static Result<std::unique_ptr<ZipArchive>> openData(QByteArray data, const QString &fileName,
                                                        const ZipLimits &limits = {});

    const QString &fileName() const { return m_fileName; }
    const ZipLimits &limits() const { return m_limits; }
    const std::vector<ZipEntryInfo> &entries() const { return m_entries; }
    // Entry names compare case-insensitively, with '\' read as '/' and without a leading '/'
    // (OPC part names are case-insensitive; some writers use backslashes).
    const ZipEntryInfo *entry(QStringView name) const;
    bool contains(QStringView name) const { return entry(name) != nullptr; }
    // Declared inflated size of all entries.
    qint64 totalSize() const { return m_totalSize; }
    // Bytes inflated so far by every reader of this archive.
    qint64 inflated() const { return m_inflated; }

    // A streaming reader over one entry; an Error when the entry is missing or cannot be opened.
    Result<std::unique_ptr<ZipEntryDevice>> openEntry(QStringView name);
    // Streams an entry in chunks of up to chunkSize bytes; onChunk returns false to stop early
    // (which is no error).
    Status readEntry(QStringView name, const std::function<bool(QByteArrayView)> &onChunk,
                     qsizetype chunkSize = 64 * 1024);
    // A whole entry in memory, for small parts; refuses entries larger than maxSize.
    Result<QByteArray> readAll(QStringView name, qint64 maxSize = 64 * ZipLimits::kMiB);

    // "1.5 MiB", in the user's locale.
    static QString formatSize(qint64 bytes);

private:
    friend class ZipEntryDevice;
    ZipArchive(QString fileName, const ZipLimits &limits);
    Status load(); // reads and checks the central directory
    Error error(const QString &message) const;
    Error libzipError(int code, const QString &entryName, const char *detail) const;

    QString m_fileName;
    ZipLimits m_limits;
    zip *m_zip = nullptr;
    QByteArray m_data;                       // the source of an in-memory archive
    std::unique_ptr<QTemporaryFile> m_spool; // the source of a spooled archive
    std::vector<ZipEntryInfo> m_entries;
    QHash<QString, qsizetype> m_byName; // folded name -> m_entries index
    qint64 m_totalSize = 0;
    qint64 m_inflated = 0;
};

} // namespace boussole
