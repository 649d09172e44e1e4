#include "models/storage/FileSystem.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace boussole {

bool isNetworkFileSystemType(QByteArrayView type)
{
    const QByteArray name = type.toByteArray().toLower();
    static constexpr const char *kNetworkTypes[] = {"nfs",
                                                    "nfs4",
                                                    "cifs",
                                                    "smb",
                                                    "smb2",
                                                    "smb3",
                                                    "smbfs",
                                                    "afs",
                                                    "coda",
                                                    "ncpfs",
                                                    "ncp",
                                                    "9p",
                                                    "afpfs",
                                                    "webdav",
                                                    "davfs",
                                                    "fuse.sshfs",
                                                    "sshfs",
                                                    "glusterfs",
                                                    "fuse.glusterfs",
                                                    "lustre",
                                                    "ocfs2",
                                                    "gfs2",
                                                    "ceph",
                                                    "fuse.rclone"};
    for (const char *network : kNetworkTypes) {
        if (name == network) {
            return true;
        }
    }
    return false;
}

bool isNetworkFileSystemMagic(quint64 magic)
{
    // f_type is a signed word; the SMB magics have their top bit set on 32-bit systems.
    switch (static_cast<quint32>(magic)) {
    case 0x6969:     // NFS
    case 0x517B:     // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x5346414F: // AFS
    case 0x73757245: // CODA
    case 0x564C:     // NCP
    case 0x01021997: // 9P (also WSL's view of Windows drives)
    case 0x00C36400: // Ceph
        return true;
    default:
        return false;
    }
}

bool isOnNetworkFileSystem(const QString &path)
{
    QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    const QString native = QDir::toNativeSeparators(existing);
    if (native.startsWith(QLatin1StringView("\\\\")) ||
        existing.startsWith(QLatin1StringView("//"))) {
        return true; // a UNC path
    }
#ifdef Q_OS_LINUX
    struct statfs fs {};
    if (::statfs(QFile::encodeName(existing).constData(), &fs) == 0 &&
        isNetworkFileSystemMagic(static_cast<quint64>(fs.f_type))) {
        return true;
    }
#endif
#ifdef Q_OS_WIN
    const QString root = QDir::toNativeSeparators(QStorageInfo(existing).rootPath());
    if (!root.isEmpty() &&
        GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE) {
        return true;
    }
#endif
    // FUSE mounts share one magic number; the type name says which ones are remote (sshfs…).
    return isNetworkFileSystemType(QStorageInfo(existing).fileSystemType());
}

} // namespace boussole
