#include "models/itemmodels/ServiceMapTableModel.h"

#include "models/commands/SetServiceMapCommand.h"
#include "models/storage/ProjectFile.h"

#include <QPointer>

#include <QFont>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace boussole {

ServiceMapTableModel::ServiceMapTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceMapTableModel::reload(Project *project, QUndoStack *undoStack)
{
    if (m_changed) {
        disconnect(m_changed);
    }
    m_project = project;
    m_undoStack = undoStack;
    if (!m_shipped) {
        Result<ServiceMap> shipped = ServiceMap::load();
        if (shipped) {
            m_shipped = std::move(shipped.value());
        } else {
            m_error = shipped.error().toString();
        }
    }
    if (m_project) {
        m_changed = connect(m_project, &Project::changed, this, &ServiceMapTableModel::rebuild);
    }
    rebuild();
}

void ServiceMapTableModel::rebuild()
{
    beginResetModel();
    m_overrides = m_project ? serviceMapOverrides(*m_project) : std::vector<ServiceMapOverride>();
    m_effective = m_shipped ? m_shipped->withOverrides(m_overrides) : ServiceMap();
    endResetModel();
}

bool ServiceMapTableModel::editable() const
{
    return m_project && m_undoStack && !m_project->readOnly() && m_shipped;
}

int ServiceMapTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_effective.mappings().size());
}

int ServiceMapTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceMapTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Hyperscaler service");
    case Category:
        return tr("Category");
    case Equivalent:
        return tr("European equivalent");
    case Refactor:
        return tr("Refactor");
    case Note:
        return tr("Note");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

QVariant ServiceMapTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ServiceMapping &m = mapping(index.row());
    const bool overridden = m.origin != ServiceMapping::Origin::Shipped;
    if (role == IdRole) {
        return m.id;
    }
    if (role == OriginRole) {
        return int(m.origin);
    }
    if (role == ChoicesRole && index.column() == Equivalent) {
        QStringList kinds;
        if (m_shipped) {
            for (const ServiceMapping &s : m_shipped->mappings()) {
                if (!kinds.contains(s.kind)) {
                    kinds << s.kind;
                }
            }
        }
        return kinds;
    }
    if (role == Qt::FontRole && overridden) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::CheckStateRole && index.column() == Refactor) {
        return m.refactor ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Service) {
            return m.names.join(u'\n');
        }
        if (index.column() == Source && m.origin == ServiceMapping::Origin::Edited && m_shipped) {
            if (const ServiceMapping *shipped = m_shipped->byId(m.id)) {
                return tr("Shipped entry: %1, refactor %2, %3 (%4, %5)")
                    .arg(shipped->kind, shipped->refactor ? tr("yes") : tr("no"), shipped->basis,
                         shipped->source.url, shipped->source.date.toString(Qt::ISODate));
            }
        }
        if (index.column() == Note) {
            return m.basis;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != SortRole) {
        return {};
    }
    switch (index.column()) {
    case Service:
        return role == Qt::EditRole ? m.names.join(u", "_s) : m.names.join(u", "_s);
    case Category:
        return m.id;
    case Equivalent:
        return m.kind;
    case Refactor:
        return role == SortRole ? QVariant(m.refactor)
                                : QVariant(m.refactor ? tr("yes") : QString());
    case Note:
        return m.basis;
    case Source:
        if (m.origin == ServiceMapping::Origin::Edited) {
            return tr("edited in this project");
        }
        if (m.origin == ServiceMapping::Origin::Added) {
            return tr("added in this project");
        }
        return m.source.date.isValid()
                   ? tr("%1 (%2)").arg(m.source.url, m.source.date.toString(Qt::ISODate))
                   : m.source.url;
    default:
        return {};
    }
}

Qt::ItemFlags ServiceMapTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !editable()) {
        return f;
    }
    const ServiceMapping &m = mapping(index.row());
    switch (index.column()) {
    case Equivalent:
    case Note:
        return f | Qt::ItemIsEditable;
    case Refactor:
        return f | Qt::ItemIsUserCheckable;
    case Service:
        return m.origin == ServiceMapping::Origin::Added ? f | Qt::ItemIsEditable : f;
    default:
        return f;
    }
}

ServiceMapOverride ServiceMapTableModel::overrideFor(int row) const
{
    const ServiceMapping &m = mapping(row);
    for (const ServiceMapOverride &o : m_overrides) {
        if (o.id == m.id) {
            return o;
        }
    }
    ServiceMapOverride o;
    o.id = m.id;
    o.kind = m.kind;
    o.refactor = m.refactor;
    o.note = m.basis;
    return o;
}

void ServiceMapTableModel::push(std::vector<ServiceMapOverride> overrides, const QString &text)
{
    // The project's changed() signal rebuilds the table.
    auto *command = new SetServiceMapCommand(m_project, overrides, text);
    command->setErrorHandler([model = QPointer(this)](const QString &message) {
        if (model) {
            Q_EMIT model->editFailed(message);
        }
    });
    m_undoStack->push(command);
}

bool ServiceMapTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !editable()) {
        return false;
    }
    const int column = index.column();
    ServiceMapOverride o = overrideFor(index.row());
    const ServiceMapOverride before = o;
    if (column == Refactor && role == Qt::CheckStateRole) {
        o.refactor = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == Equivalent) {
        const QString kind = value.toString().trimmed();
        if (kind.isEmpty()) {
            return false;
        }
        o.kind = kind;
    } else if (column == Note) {
        o.note = value.toString().trimmed();
    } else if (column == Service && mapping(index.row()).origin == ServiceMapping::Origin::Added) {
        QStringList names;
        for (const QString &name : value.toString().split(u',')) {
            if (!name.trimmed().isEmpty()) {
                names << name.trimmed();
            }
        }
        if (names.isEmpty()) {
            return false;
        }
        o.names = names;
    } else {
        return false;
    }
    if (o == before) {
        return false;
    }
    std::vector<ServiceMapOverride> overrides = m_overrides;
    std::erase_if(overrides, [&o](const ServiceMapOverride &x) { return x.id == o.id; });
    // Back to exactly the shipped entry: no override left.
    const ServiceMapping *shipped = m_shipped->byId(o.id);
    const bool asShipped = shipped && o.names.isEmpty() && o.kind == shipped->kind &&
                           o.refactor == shipped->refactor && o.note == shipped->basis;
    if (!asShipped) {
        overrides.push_back(o);
    }
    push(std::move(overrides), tr("Edit the services map entry %1").arg(o.id));
    return true;
}

bool ServiceMapTableModel::addEntry(const QStringList &names, const QString &kind, bool refactor,
                                    const QString &note)
{
    QStringList clean;
    for (const QString &name : names) {
        if (!name.trimmed().isEmpty()) {
            clean << name.trimmed();
        }
    }
    if (!editable() || clean.isEmpty() || kind.trimmed().isEmpty()) {
        return false;
    }
    ServiceMapOverride o;
    o.id = u"project-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    o.names = clean;
    o.kind = kind.trimmed();
    o.refactor = refactor;
    o.note = note.trimmed();
    std::vector<ServiceMapOverride> overrides = m_overrides;
    overrides.push_back(o);
    push(std::move(overrides), tr("Add %1 to the services map").arg(clean.join(u", "_s)));
    return true;
}

bool ServiceMapTableModel::revert(int row)
{
    if (!editable() || row < 0 || row >= rowCount()) {
        return false;
    }
    const QString id = mapping(row).id;
    std::vector<ServiceMapOverride> overrides = m_overrides;
    const auto removed =
        std::erase_if(overrides, [&id](const ServiceMapOverride &o) { return o.id == id; });
    if (removed == 0) {
        return false;
    }
    push(std::move(overrides), mapping(row).origin == ServiceMapping::Origin::Added
                                   ? tr("Remove %1 from the services map").arg(id)
                                   : tr("Revert %1 to the shipped entry").arg(id));
    return true;
}

} // namespace boussole
