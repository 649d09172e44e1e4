#pragma once

#include "models/services/ServiceMap.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

class QUndoStack;

namespace boussole {

class Project;

// The project's effective services map (shipped entries with the project's overrides) as a table.
// With an undo stack and a writable project, the European equivalent, the refactor flag and the
// note are editable (and the service names of entries the project added): each edit is an
// undoable SetServiceMapCommand. An edit that brings an entry back to the shipped one removes
// the override. The table reloads itself when the project changes.
class ServiceMapTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Service, Category, Equivalent, Refactor, Note, Source, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int OriginRole = Qt::UserRole + 3; // int(ServiceMapping::Origin)
    // Equivalent column: the offer kinds and other equivalents known to the map (QStringList).
    static constexpr int ChoicesRole = Qt::UserRole + 4;

    explicit ServiceMapTableModel(QObject *parent = nullptr);

    void reload(Project *project, QUndoStack *undoStack = nullptr);
    QString loadError() const { return m_error; }
    const ServiceMapping &mapping(int row) const { return m_effective.mappings().at(size_t(row)); }
    const ServiceMap &effective() const { return m_effective; }
    bool editable() const;

    // Adds an entry for `names` (comma-separated in the dialog); false when the project is
    // read-only, the names are empty, or the equivalent is empty.
    bool addEntry(const QStringList &names, const QString &kind, bool refactor,
                  const QString &note);
    // Back to the shipped entry (an added entry is removed); false when the row has no override.
    bool revert(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit could not be written (read-only project, full disk…): nothing changed.
    void editFailed(const QString &message);

private:
    void rebuild();
    void push(std::vector<ServiceMapOverride> overrides, const QString &text);
    // The override a row would have after an edit: the current one, or one from its values.
    ServiceMapOverride overrideFor(int row) const;

    Project *m_project = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::optional<ServiceMap> m_shipped;
    std::vector<ServiceMapOverride> m_overrides;
    ServiceMap m_effective;
    QString m_error;
    QMetaObject::Connection m_changed;
};

} // namespace boussole
