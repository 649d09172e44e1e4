#include "models/itemmodels/EntitlementTableModel.h"

#include "models/commands/SetEntitlementsCommand.h"
#include "models/storage/ProjectFile.h"

#include <QLocale>
#include <QPointer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace boussole {

EntitlementTableModel::EntitlementTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EntitlementTableModel::reload(Project *project, QUndoStack *undoStack)
{
    if (m_project) {
        disconnect(m_project, nullptr, this, nullptr);
    }
    m_project = project;
    m_undoStack = undoStack;
    if (m_project) {
        connect(m_project, &Project::changed, this, &EntitlementTableModel::refresh);
    }
    refresh();
}

void EntitlementTableModel::refresh()
{
    beginResetModel();
    m_list = m_project ? licensing::loadEntitlements(*m_project)
                       : std::vector<licensing::LicenceEntitlement>();
    endResetModel();
}

void EntitlementTableModel::push(const std::vector<licensing::LicenceEntitlement> &list,
                                 const QString &text)
{
    // The command writes the project, whose changed() signal reloads this table.
    auto *command = new SetEntitlementsCommand(m_project, list, text);
    command->setErrorHandler([model = QPointer(this)](const QString &message) {
        if (model) {
            Q_EMIT model->editFailed(message);
        }
    });
    m_undoStack->push(command);
}

QString EntitlementTableModel::addEntitlement(licensing::Family family)
{
    if (!m_project || !m_undoStack) {
        return {};
    }
    licensing::LicenceEntitlement e;
    e.id = Project::newId();
    e.family = family;
    e.edition = family == licensing::Family::WindowsServer ? u"datacenter"_s
                                                           : licensing::editionsOf(family).front();
    e.quantity = family == licensing::Family::Rhel ? 1 : 16;
    e.softwareAssurance = true;
    std::vector<licensing::LicenceEntitlement> list = m_list;
    list.push_back(e);
    push(list, tr("Add licence entitlement"));
    return e.id;
}

bool EntitlementTableModel::removeEntitlements(const QStringList &ids)
{
    if (!m_project || !m_undoStack) {
        return false;
    }
    std::vector<licensing::LicenceEntitlement> list;
    for (const licensing::LicenceEntitlement &e : m_list) {
        if (!ids.contains(e.id)) {
            list.push_back(e);
        }
    }
    if (list.size() == m_list.size()) {
        return false;
    }
    push(list, tr("Remove %n licence entitlement(s)", nullptr, int(m_list.size() - list.size())));
    return true;
}

int EntitlementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int EntitlementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntitlementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const licensing::LicenceEntitlement &e = m_list[size_t(index.row())];
    const int column = index.column();
    if (role == IdRole) {
        return e.id;
    }
    if (role == ChoicesRole) {
        QVariantList list;
        if (column == Product) {
            for (licensing::Family f :
                 {licensing::Family::WindowsServer, licensing::Family::SqlServer,
                  licensing::Family::Rhel, licensing::Family::OracleDatabase}) {
                list.append(QStringList{licensing::familyId(f), licensing::familyLabel(f)});
            }
        } else if (column == Edition) {
            for (const QString &edition : licensing::editionsOf(e.family)) {
                list.append(QStringList{edition, licensing::editionLabel(edition)});
            }
        }
        return list;
    }
    if (role == Qt::CheckStateRole) {
        if (column == Assurance) {
            return e.softwareAssurance ? Qt::Checked : Qt::Unchecked;
        }
        if (column == Before2019) {
            return e.boughtBefore2019_10_01 ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == Quantity) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (column == Quantity) {
            return tr("Number of %1").arg(licensing::quantityUnit(e.family));
        }
        return e.describe();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole) {
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case Product:
        return display ? licensing::familyLabel(e.family) : licensing::familyId(e.family);
    case Edition:
        return display ? licensing::editionLabel(e.edition) : e.edition;
    case Quantity:
        return role == SortRole ? QVariant(e.quantity)
               : display        ? QVariant(QLocale().toString(e.quantity))
                                : QVariant(e.quantity);
    case Assurance:
        return role == SortRole ? QVariant(e.softwareAssurance) : QVariant();
    case AssuranceEnd:
        return e.assuranceEnd.isValid() ? e.assuranceEnd.toString(Qt::ISODate) : QString();
    case Before2019:
        return role == SortRole ? QVariant(e.boughtBefore2019_10_01) : QVariant();
    case Note:
        return e.note;
    default:
        break;
    }
    return {};
}

QVariant EntitlementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Product:
        return tr("Product");
    case Edition:
        return tr("Edition");
    case Quantity:
        return tr("Licences");
    case Assurance:
        return tr("Software Assurance or subscription");
    case AssuranceEnd:
        return tr("Assurance ends");
    case Before2019:
        return tr("Bought before 2019-10-01");
    case Note:
        return tr("Note");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags EntitlementTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_undoStack || !m_project) {
        return flags;
    }
    if (index.column() == Assurance || index.column() == Before2019) {
        return flags | Qt::ItemIsUserCheckable;
    }
    return flags | Qt::ItemIsEditable;
}

bool EntitlementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_undoStack || !m_project) {
        return false;
    }
    std::vector<licensing::LicenceEntitlement> list = m_list;
    licensing::LicenceEntitlement &e = list[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::CheckStateRole && (column == Assurance || column == Before2019)) {
        const bool checked = value.toInt() == Qt::Checked;
        (column == Assurance ? e.softwareAssurance : e.boughtBefore2019_10_01) = checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString text = value.toString().trimmed();
        switch (column) {
        case Product: {
            const std::optional<licensing::Family> family = licensing::familyFromId(text);
            if (!family) {
                return false;
            }
            e.family = *family;
            if (!licensing::editionsOf(*family).contains(e.edition)) {
                e.edition = licensing::editionsOf(*family).front();
            }
            break;
        }
        case Edition:
            if (!licensing::editionsOf(e.family).contains(text)) {
                return false;
            }
            e.edition = text;
            break;
        case Quantity: {
            bool ok = false;
            const int quantity = value.toInt(&ok);
            if (!ok || quantity < 0) {
                return false;
            }
            e.quantity = quantity;
            break;
        }
        case AssuranceEnd: {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (!text.isEmpty() && !date.isValid()) {
                return false;
            }
            e.assuranceEnd = date;
            break;
        }
        case Note:
            e.note = text;
            break;
        default:
            return false;
        }
    }
    if (e == m_list[size_t(index.row())]) {
        return false;
    }
    push(list, tr("Edit licence entitlement"));
    return true;
}

} // namespace boussole
