#pragma once

#include <QByteArrayView>
#include <QString>

namespace boussole {

// SQLite's locking relies on the file system; on network shares (SMB/CIFS, NFS…) it is unreliable
// and WAL mode does not work at all, so projects there get a warning and a rollback journal.

// A type name as mount tables and QStorageInfo report it ("nfs4", "cifs", "fuse.sshfs"…).
bool isNetworkFileSystemType(QByteArrayView type);
// A Linux statfs() f_type magic number.
bool isNetworkFileSystemMagic(quint64 magic);
// Whether the file (or, when it does not exist yet, its folder) lives on a network share.
bool isOnNetworkFileSystem(const QString &path);

} // namespace boussole
