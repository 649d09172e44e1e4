#pragma once

#include "models/licensing/Entitlements.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

class QUndoStack;

namespace boussole {

class Project;

// The project's licence entitlements as an editable table. Every edit (setData, add, remove)
// is an undoable SetEntitlementsCommand on the undo stack; the table reloads when the project
// changes (so undo and redo show at once). Without an undo stack it is read-only.
class EntitlementTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Product,
        Edition,
        Quantity,
        Assurance,    // SA / subscription active (check box)
        AssuranceEnd, // YYYY-MM-DD, empty when none
        Before2019,   // bought before 2019-10-01 (check box)
        Note,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    // Coded columns (product, edition): a QVariantList of {code, label} pairs, for ChoiceDelegate.
    static constexpr int ChoicesRole = Qt::UserRole + 3;

    explicit EntitlementTableModel(QObject *parent = nullptr);

    void reload(Project *project, QUndoStack *undoStack = nullptr);
    const std::vector<licensing::LicenceEntitlement> &entitlements() const { return m_list; }

    // Adds an entitlement (Windows Server Datacenter, 16 core licences, with SA, by default);
    // returns its id, empty when read-only.
    QString addEntitlement(licensing::Family family = licensing::Family::WindowsServer);
    // Removes the entitlements with these ids in one undoable step; false when none.
    bool removeEntitlements(const QStringList &ids);

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
    void push(const std::vector<licensing::LicenceEntitlement> &list, const QString &text);
    void refresh();

    QPointer<Project> m_project;
    QUndoStack *m_undoStack = nullptr;
    std::vector<licensing::LicenceEntitlement> m_list;
};

} // namespace boussole
