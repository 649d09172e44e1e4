#include "models/itemmodels/ImportTableModel.h"

#include "models/storage/ProjectFile.h"

#include <QLocale>

#include <algorithm>

namespace boussole {

ImportTableModel::ImportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportTableModel::reload(const Project *project)
{
    beginResetModel();
    m_imports = project ? project->imports() : std::vector<ImportRecord>{};
    std::stable_sort(
        m_imports.begin(), m_imports.end(),
        [](const ImportRecord &a, const ImportRecord &b) { return a.importedAt > b.importedAt; });
    endResetModel();
}

int ImportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_imports.size());
}

int ImportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportRecord &record = m_imports[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Rows || index.column() == Warnings)) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    if (role == IdRole) {
        return record.id;
    }
    if (role == Qt::ToolTipRole && index.column() == File) {
        return record.filePath;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case When:
        return QLocale().toString(record.importedAt.toLocalTime(), QLocale::ShortFormat);
    case File:
        return record.fileName;
    case Format:
        return record.format;
    case Rows:
        return QLocale().toString(record.rowCount);
    case Warnings:
        return QLocale().toString(record.warningCount);
    case Sha256:
        return record.sha256.left(16);
    default:
        return {};
    }
}

QVariant ImportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case When:
        return tr("Imported on");
    case File:
        return tr("File");
    case Format:
        return tr("Format");
    case Rows:
        return tr("Rows");
    case Warnings:
        return tr("Warnings");
    case Sha256:
        return tr("SHA-256 (start)");
    default:
        return {};
    }
}

} // namespace boussole
