#include "models/itemmodels/ComplianceTreeModel.h"

#include "models/compliance/Scoring.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

namespace {

QString typeName(ItemType type)
{
    switch (type) {
    case ItemType::Requirement:
        return ComplianceTreeModel::tr("Requirement");
    case ItemType::Recommendation:
        return ComplianceTreeModel::tr("Recommendation");
    case ItemType::Definitional:
        return ComplianceTreeModel::tr("Definition");
    }
    return {};
}

QColor statusColour(AssessmentStatus status)
{
    switch (status) {
    case AssessmentStatus::Compliant:
        return QColor(0x2e, 0x7d, 0x32);
    case AssessmentStatus::Partial:
        return QColor(0xb2, 0x6a, 0x00);
    case AssessmentStatus::NonCompliant:
        return QColor(0xc6, 0x28, 0x28);
    case AssessmentStatus::NotApplicable:
    case AssessmentStatus::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace

QString ComplianceTreeModel::alertText(const EvidenceTally &alerts)
{
    QStringList parts;
    if (alerts.expired > 0) {
        parts << tr("%n evidence file(s) expired: the item is no longer proven until renewed",
                    nullptr, alerts.expired);
    }
    if (alerts.expiring > 0) {
        parts << tr("%n evidence file(s) expire within 30 days", nullptr, alerts.expiring);
    }
    return parts.join(u'\n');
}

ComplianceTreeModel::ComplianceTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_language(QLocale().name())
{
}

void ComplianceTreeModel::setFramework(const Framework *framework)
{
    beginResetModel();
    m_framework = framework;
    rebuild();
    endResetModel();
}

void ComplianceTreeModel::setAssessments(const std::vector<Assessment> &assessments,
                                         const QHash<QString, int> &evidenceCounts)
{
    QHash<QString, AssessmentStatus> status;
    for (const Assessment &a : assessments) {
        if (m_framework && a.framework == m_framework->id) {
            status.insert(a.requirement, a.status);
        }
    }
    const bool filterByStatus = m_filter.status.has_value();
    if (filterByStatus) {
        beginResetModel();
    }
    m_status = std::move(status);
    m_evidence = evidenceCounts;
    if (filterByStatus) {
        rebuild();
        endResetModel();
        return;
    }
    emitAllChanged();
}

void ComplianceTreeModel::setSuggestions(const QHash<QString, Suggestion> &perItem)
{
    m_suggestions = perItem;
    emitAllChanged();
}

void ComplianceTreeModel::setEvidenceAlerts(const QHash<QString, EvidenceTally> &perItem)
{
    m_alerts = perItem;
    emitAllChanged();
}

void ComplianceTreeModel::emitAllChanged()
{
    // Same rows: only the status and evidence columns change.
    for (int c = 0; c < int(m_chapters.size()); ++c) {
        const QModelIndex chapter = index(c, 0);
        const int rows = int(m_chapters[size_t(c)].items.size());
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, 0, chapter), index(rows - 1, ColumnCount - 1, chapter));
        }
        Q_EMIT dataChanged(chapter, index(c, ColumnCount - 1));
    }
}

void ComplianceTreeModel::setFilter(const Filter &filter)
{
    if (filter == m_filter) {
        return;
    }
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void ComplianceTreeModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_chapters.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_chapters.size()) - 1, ColumnCount - 1));
    }
}

bool ComplianceTreeModel::matches(const Item &item) const
{
    if (m_filter.sovereigntyOnly && item.sovereignty == Sovereignty::None) {
        return false;
    }
    if (!m_filter.serviceModel.isEmpty() && !item.applicability.contains(m_filter.serviceModel)) {
        return false;
    }
    if (m_filter.status && statusOf(item.id) != *m_filter.status) {
        return false;
    }
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        for (const QString *field :
             {&item.id, &item.title.en, &item.title.fr, &item.guidance.en, &item.guidance.fr}) {
            if (field->contains(text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
    return true;
}

void ComplianceTreeModel::rebuild()
{
    m_chapters.clear();
    if (!m_framework) {
        return;
    }
    for (const Chapter &chapter : m_framework->chapters) {
        ChapterNode node;
        node.chapter = &chapter;
        for (const Item &item : m_framework->items) {
            if (item.chapter == chapter.id && matches(item)) {
                node.items.push_back(&item);
            }
        }
        if (!node.items.empty()) {
            m_chapters.push_back(std::move(node));
        }
    }
}

EvidenceTally ComplianceTreeModel::chapterAlerts(const ChapterNode &node) const
{
    EvidenceTally sum;
    for (const Item *item : node.items) {
        const EvidenceTally one = m_alerts.value(item->id);
        sum.expired += one.expired;
        sum.expiring += one.expiring;
    }
    return sum;
}

const Item *ComplianceTreeModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0) {
        return nullptr;
    }
    const ChapterNode &node = m_chapters[size_t(index.internalId() - 1)];
    return index.row() < int(node.items.size()) ? node.items[size_t(index.row())] : nullptr;
}

AssessmentStatus ComplianceTreeModel::statusOf(const QString &itemId) const
{
    return m_status.value(itemId, AssessmentStatus::Unknown);
}

QModelIndex ComplianceTreeModel::indexOfItem(const QString &itemId) const
{
    for (size_t c = 0; c < m_chapters.size(); ++c) {
        for (size_t r = 0; r < m_chapters[c].items.size(); ++r) {
            if (m_chapters[c].items[r]->id == itemId) {
                return createIndex(int(r), 0, quintptr(c + 1));
            }
        }
    }
    return {};
}

int ComplianceTreeModel::visibleItemCount() const
{
    int count = 0;
    for (const ChapterNode &node : m_chapters) {
        count += int(node.items.size());
    }
    return count;
}

QModelIndex ComplianceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < int(m_chapters.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    }
    if (parent.internalId() != 0 || parent.row() >= int(m_chapters.size())) {
        return {};
    }
    const ChapterNode &node = m_chapters[size_t(parent.row())];
    return row < int(node.items.size()) ? createIndex(row, column, quintptr(parent.row() + 1))
                                        : QModelIndex();
}

QModelIndex ComplianceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ComplianceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_chapters.size());
    }
    if (parent.column() != 0 || parent.internalId() != 0) {
        return 0;
    }
    return int(m_chapters[size_t(parent.row())].items.size());
}

int ComplianceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ComplianceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == 0) {
        const ChapterNode &node = m_chapters[size_t(index.row())];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Id:
                return node.chapter->id;
            case Title:
                return node.chapter->title.in(m_language);
            case Status: {
                int assessed = 0;
                for (const Item *item : node.items) {
                    assessed += statusOf(item->id) != AssessmentStatus::Unknown;
                }
                return tr("%1 of %2 assessed").arg(assessed).arg(node.items.size());
            }
            case Evidence: {
                const EvidenceTally alerts = chapterAlerts(node);
                return alerts.expired > 0    ? tr("%n expired", nullptr, alerts.expired)
                       : alerts.expiring > 0 ? tr("%n expiring", nullptr, alerts.expiring)
                                             : QVariant();
            }
            default:
                return {};
            }
        }
        if (role == EvidenceExpiredRole) {
            return chapterAlerts(node).expired;
        }
        if (role == EvidenceExpiringRole) {
            return chapterAlerts(node).expiring;
        }
        if (index.column() == Evidence && (role == Qt::ToolTipRole || role == Qt::ForegroundRole)) {
            const EvidenceTally alerts = chapterAlerts(node);
            if (alerts.expired == 0 && alerts.expiring == 0) {
                return {};
            }
            if (role == Qt::ForegroundRole) {
                return QBrush(alerts.expired > 0 ? QColor(0xc6, 0x28, 0x28)
                                                 : QColor(0xb2, 0x6a, 0x00));
            }
            return alertText(alerts);
        }
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ItemIdRole) {
            return QString();
        }
        return {};
    }
    const Item *item = itemAt(index);
    if (!item) {
        return {};
    }
    const AssessmentStatus status = statusOf(item->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return item->id;
        case Title:
            return item->title.in(m_language);
        case Type:
            return typeName(item->type);
        case Status:
            if (status == AssessmentStatus::Unknown) {
                if (const auto found = m_suggestions.constFind(item->id);
                    found != m_suggestions.constEnd()) {
                    return tr("%1 (suggested: %2)")
                        .arg(assessmentStatusName(status), assessmentStatusName(found->status));
                }
            }
            return assessmentStatusName(status);
        case Evidence: {
            const int count = m_evidence.value(item->id);
            const EvidenceTally alerts = m_alerts.value(item->id);
            if (alerts.expired > 0) {
                return tr("%1 (%n expired)", nullptr, alerts.expired).arg(count);
            }
            if (alerts.expiring > 0) {
                return tr("%1 (%n expiring)", nullptr, alerts.expiring).arg(count);
            }
            return count > 0 ? QVariant(count) : QVariant();
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Id) {
            return item->guidance.in(m_language);
        }
        if (index.column() == Evidence) {
            const EvidenceTally alerts = m_alerts.value(item->id);
            return alerts.expired > 0 || alerts.expiring > 0 ? QVariant(alertText(alerts))
                                                             : QVariant();
        }
        if (index.column() == Status && status == AssessmentStatus::Unknown &&
            m_suggestions.contains(item->id)) {
            return m_suggestions.value(item->id).sources;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            return QBrush(statusColour(status));
        }
        if (index.column() == Evidence) {
            const EvidenceTally alerts = m_alerts.value(item->id);
            if (alerts.expired > 0) {
                return QBrush(QColor(0xc6, 0x28, 0x28));
            }
            if (alerts.expiring > 0) {
                return QBrush(QColor(0xb2, 0x6a, 0x00));
            }
        }
        if (item->type != ItemType::Requirement) {
            return QBrush(QColor(0x75, 0x75, 0x75));
        }
        return {};
    case ItemIdRole:
        return item->id;
    case StatusRole:
        return assessmentStatusId(status);
    case BlockingRole:
        return m_framework && isBlocking(*m_framework, *item, status);
    case EvidenceExpiredRole:
        return m_alerts.value(item->id).expired;
    case EvidenceExpiringRole:
        return m_alerts.value(item->id).expiring;
    default:
        return {};
    }
}

QVariant ComplianceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Id:
        return tr("Item");
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace boussole
