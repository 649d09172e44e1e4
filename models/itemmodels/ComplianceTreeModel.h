#pragma once

#include "models/compliance/ComplianceStore.h"
#include "models/compliance/Framework.h"

#include <QAbstractItemModel>
#include <QHash>

#include <optional>
#include <vector>

namespace boussole {

// One framework's checklist as a tree: chapters, then their items, with each item's assessment
// status and evidence count. A filter (text, status, sovereignty, service model) keeps the
// matching items and the chapters that hold some. Read-only: edits go through
// SetAssessmentCommand and come back with reload().
class ComplianceTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Id, Title, Type, Status, Evidence, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;   // the item id; empty on chapter rows
    static constexpr int StatusRole = Qt::UserRole + 2;   // assessmentStatusId() on item rows
    static constexpr int BlockingRole = Qt::UserRole + 3; // bool: blocking item
    // On item and chapter rows: how many evidence files are expired / expire within 30 days.
    static constexpr int EvidenceExpiredRole = Qt::UserRole + 4;
    static constexpr int EvidenceExpiringRole = Qt::UserRole + 5;

    struct Filter {
        QString text; // in id, title or guidance (any language)
        std::optional<compliance::AssessmentStatus> status;
        bool sovereigntyOnly = false;
        QString serviceModel; // "SaaS"…; empty: any
        bool operator==(const Filter &) const = default;
    };

    explicit ComplianceTreeModel(QObject *parent = nullptr);

    // The framework must outlive the model (embeddedFrameworks() does).
    void setFramework(const compliance::Framework *framework);
    const compliance::Framework *framework() const { return m_framework; }
    void setAssessments(const std::vector<compliance::Assessment> &assessments,
                        const QHash<QString, int> &evidenceCounts);
    // Expired and expiring evidence per item id (compliance::EvidenceTally): the Evidence column
    // says how many, in words, besides its colour.
    void setEvidenceAlerts(const QHash<QString, compliance::EvidenceTally> &perItem);
    // What the crosswalk suggests for items not assessed yet (answers given in a linked
    // framework): the Status column shows "Unknown (suggested: Compliant)", with the sources in
    // its tooltip. Item id → suggested status and the tooltip text.
    struct Suggestion {
        compliance::AssessmentStatus status = compliance::AssessmentStatus::Unknown;
        QString sources;
    };
    void setSuggestions(const QHash<QString, Suggestion> &perItem);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setLanguage(const QString &language);

    const compliance::Item *itemAt(const QModelIndex &index) const;
    compliance::AssessmentStatus statusOf(const QString &itemId) const;
    QModelIndex indexOfItem(const QString &itemId) const;
    int visibleItemCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct ChapterNode {
        const compliance::Chapter *chapter = nullptr;
        std::vector<const compliance::Item *> items;
    };
    void rebuild();
    bool matches(const compliance::Item &item) const;
    void emitAllChanged();
    static QString alertText(const compliance::EvidenceTally &alerts);
    compliance::EvidenceTally chapterAlerts(const ChapterNode &node) const;

    const compliance::Framework *m_framework = nullptr;
    QHash<QString, compliance::AssessmentStatus> m_status;
    QHash<QString, int> m_evidence;
    QHash<QString, compliance::EvidenceTally> m_alerts;
    QHash<QString, Suggestion> m_suggestions;
    Filter m_filter;
    QString m_language;
    std::vector<ChapterNode> m_chapters;
};

} // namespace boussole
