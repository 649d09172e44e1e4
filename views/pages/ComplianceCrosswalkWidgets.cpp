#include "views/pages/ComplianceCrosswalkWidgets.h"

#include "models/commands/SetAssessmentCommand.h"
#include "models/compliance/Crosswalk.h"
#include "models/compliance/Framework.h"
#include "models/compliance/Guidance.h"
#include "models/storage/ProjectFile.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace boussole {

using namespace compliance;

namespace {

QString language()
{
    return QLocale().name();
}

} // namespace

CoveredByBox::CoveredByBox(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)),
      m_accept(new QPushButton(tr("Accept the suggestion"), this)),
      m_acceptAll(new QPushButton(tr("Accept all suggestions of this framework"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    // Never squeezed below its wrapped height by the detail panel's other parts.
    m_label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_label);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptAll);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_accept->setToolTip(tr("Sets this item's status to the suggestion (one undoable step, "
                            "recorded in the audit trail)"));
    m_acceptAll->setToolTip(tr("Sets every unassessed item of this framework that another "
                               "framework's answer covers (one undoable step)"));
    connect(m_accept, &QPushButton::clicked, this, &CoveredByBox::acceptForItem);
    connect(m_acceptAll, &QPushButton::clicked, this, &CoveredByBox::acceptForFramework);
    hide();
}

void CoveredByBox::showItem(Project *project, QUndoStack *undoStack, const Framework *framework,
                            const Item *item)
{
    m_project = project;
    m_undoStack = undoStack;
    m_framework = framework;
    m_itemId = item ? item->id : QString();
    if (!project || !framework || !item) {
        hide();
        return;
    }
    const std::vector<Assessment> assessments = ComplianceStore(*project).assessments();
    const std::vector<CoveredBy> coverage =
        coveredBy(embeddedCrosswalk(), assessments, framework->id, item->id);
    if (coverage.empty()) {
        hide();
        return;
    }
    const AssessmentStatus suggestion = *suggestedStatus(coverage);
    AssessmentStatus current = AssessmentStatus::Unknown;
    for (const Assessment &a : assessments) {
        if (a.framework == framework->id && a.requirement == item->id) {
            current = a.status;
        }
    }
    QString html = u"<p><b>"_s + tr("Covered by answers in other frameworks:").toHtmlEscaped() +
                   u"</b></p><ul>"_s;
    for (const CoveredBy &c : coverage) {
        html += u"<li>"_s + coveredByText(c, language()).toHtmlEscaped() + u"</li>"_s;
    }
    html += u"</ul><p>"_s +
            tr("Suggested: %1 (the weakest of these answers).")
                .arg(assessmentStatusName(suggestion))
                .toHtmlEscaped() +
            u" <i>"_s + tr("Not an official correspondence table.").toHtmlEscaped() + u"</i></p>"_s;
    m_label->setText(html);
    m_label->setToolTip(embeddedCrosswalk().note.in(language()));
    const bool writable = !project->readOnly() && undoStack;
    m_accept->setEnabled(writable && current != suggestion);
    m_acceptAll->setEnabled(writable);
    show();
}

void CoveredByBox::push(const QStringList &itemIds, bool onlyUnassessed)
{
    if (!m_project || !m_undoStack || !m_framework || m_project->readOnly()) {
        return;
    }
    std::vector<Assessment> values =
        acceptSuggestions(embeddedCrosswalk(), ComplianceStore(*m_project).assessments(),
                          *m_framework, itemIds, onlyUnassessed, language());
    if (values.empty()) {
        return;
    }
    const int count = int(values.size());
    auto *command = new SetAssessmentCommand(m_project, std::move(values), defaultAuthor());
    command->setText(itemIds.size() == 1 ? tr("Accept the suggestion for %1").arg(itemIds.front())
                                         : tr("Accept %n suggestion(s)", nullptr, count));
    m_undoStack->push(command);
}

void CoveredByBox::acceptForItem()
{
    if (!m_itemId.isEmpty()) {
        push({m_itemId}, false);
    }
}

void CoveredByBox::acceptForFramework()
{
    push({}, true);
}

CustomerGuidanceView::CustomerGuidanceView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(false);
    setOpenLinks(false);
}

void CustomerGuidanceView::showProject(Project *project)
{
    const QString sector = project ? project->meta(u"sector"_s) : QString();
    QString html = u"<p>"_s +
                   tr("Rules that apply to your organisation as a cloud customer, whatever the "
                      "provider. Boussole's own summary: read the source before relying on it.")
                       .toHtmlEscaped() +
                   u"</p>"_s;
    for (const ApplicableGuidance &rule : guidanceFor(embeddedGuidance(), sector)) {
        const GuidanceNote &note = *rule.note;
        QStringList facts;
        facts << tr("Source: %1").arg(note.sourceUrl);
        facts << tr("dated %1").arg(QLocale().toString(note.date, QLocale::ShortFormat));
        if (note.appliesFrom.isValid()) {
            facts << tr("applies from %1")
                         .arg(QLocale().toString(note.appliesFrom, QLocale::ShortFormat));
        }
        facts << (note.verified ? tr("checked against a copy of the official text")
                                : tr("not verified: from secondary sources"));
        html += u"<h3>"_s + note.title.in(QLocale().name()).toHtmlEscaped() + u"</h3><p>"_s +
                note.text.in(QLocale().name()).toHtmlEscaped() + u"</p>"_s;
        if (project && note.topics.contains(u"egress"_s)) {
            // Cited for the day the data leaves, next to what the business case assumes.
            const ProjectSwitchingCharges charges =
                switchingChargesForProject(*project, QDate::currentDate());
            html += u"<p><b>"_s +
                    (charges.fromPlan ? tr("For this project (the migration plan starts on %1):")
                                      : tr("For this project (no migration plan yet, as of %1):"))
                        .arg(QLocale().toString(charges.date, QLocale::ShortFormat))
                        .toHtmlEscaped() +
                    u"</b> "_s + charges.sentence.toHtmlEscaped() + u"</p>"_s;
        }
        html += u"<p style=\"color:gray\">"_s +
                (tr("Why: %1.").arg(rule.reason) + u" "_s + facts.join(u" · "_s)).toHtmlEscaped() +
                u"</p>"_s;
    }
    if (sector.trimmed().isEmpty()) {
        html += u"<p style=\"color:gray\">"_s +
                tr("The project's sector is not set: rules for one sector only (such as the "
                   "French State's cloud doctrine for the public sector) are not shown.")
                    .toHtmlEscaped() +
                u"</p>"_s;
    }
    setHtml(html);
}

} // namespace boussole
