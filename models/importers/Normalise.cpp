#include "models/importers/Normalise.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace boussole {

namespace {

struct Code {
    QStringView code;
    std::vector<QStringView> spellings; // folded
};

// The first code whose spellings hold value (folded), else nothing.
QStringView lookup(const std::vector<Code> &codes, const QString &value)
{
    for (const Code &code : codes) {
        if (std::find(code.spellings.begin(), code.spellings.end(), value) !=
            code.spellings.end()) {
            return code.code;
        }
    }
    return {};
}

QString unknown(QStringView value)
{
    return value.trimmed().toString().toLower();
}

const std::vector<Code> &environments()
{
    static const std::vector<Code> codes = {
        {u"prod", {u"prod", u"production", u"prd", u"live"}},
        {u"preprod",
         {u"preprod", u"pre prod", u"preproduction", u"pre production", u"pprod", u"ppr",
          u"staging", u"stage", u"stg", u"recette", u"rec", u"uat", u"qualification", u"qualif",
          u"homologation", u"homol"}},
        {u"dev", {u"dev", u"development", u"developpement", u"devel", u"develop"}},
        {u"test", {u"test", u"tests", u"testing", u"qa", u"tst", u"integration"}},
    };
    return codes;
}

} // namespace

QString normaliseEnvironment(QStringView value)
{
    const QString folded = foldText(value);
    if (folded.isEmpty()) {
        return {};
    }
    if (QStringView code = lookup(environments(), folded); !code.isEmpty()) {
        return code.toString();
    }
    // "Production (PRD)", "Recette usine": the first word decides. Not any word: "hors
    // production" means the opposite.
    const QString first = folded.section(u' ', 0, 0);
    if (QStringView code = lookup(environments(), first); !code.isEmpty()) {
        return code.toString();
    }
    return unknown(value);
}

QString environmentFromName(QStringView name)
{
    // Only the codes naming conventions use; "integration" or "live" inside a name mean
    // something else too often.
    static const std::vector<Code> codes = {
        {u"prod", {u"prd", u"prod", u"production"}},
        {u"preprod",
         {u"preprod", u"pprod", u"ppr", u"stg", u"staging", u"rec", u"recette", u"uat"}},
        {u"dev", {u"dev", u"devel"}},
        {u"test", {u"test", u"tst", u"qa"}},
    };
    const QStringList tokens = foldText(name).split(u' ', Qt::SkipEmptyParts);
    for (QString token : tokens) {
        // "prd01", "01dev"
        while (!token.isEmpty() && token.back().isDigit()) {
            token.chop(1);
        }
        while (!token.isEmpty() && token.front().isDigit()) {
            token.remove(0, 1);
        }
        if (QStringView code = lookup(codes, token); !code.isEmpty()) {
            return code.toString();
        }
    }
    return {};
}

QString normaliseCriticality(QStringView value)
{
    static const std::vector<Code> codes = {
        {u"critical",
         {u"critical", u"critique", u"crit", u"vital", u"vitale", u"tres haute", u"tres elevee",
          u"very high", u"p1", u"1 most critical"}},
        {u"high",
         {u"high", u"haute", u"haut", u"elevee", u"eleve", u"importante", u"important", u"forte",
          u"fort", u"p2", u"2 somewhat critical"}},
        {u"medium",
         {u"medium", u"moyenne", u"moyen", u"normal", u"normale", u"standard", u"moderee",
          u"modere", u"p3", u"3 less critical"}},
        {u"low",
         {u"low", u"basse", u"bas", u"faible", u"mineure", u"mineur", u"p4", u"4 not critical"}},
    };
    const QString folded = foldText(value);
    if (folded.isEmpty()) {
        return {};
    }
    const QStringView code = lookup(codes, folded);
    return code.isEmpty() ? unknown(value) : code.toString();
}

QString normaliseDataClass(QStringView value)
{
    static const std::vector<Code> codes = {
        {u"public", {u"public", u"publique", u"publiques", u"publics", u"open", u"ouvertes"}},
        {u"internal", {u"internal", u"interne", u"internes", u"internal use", u"usage interne"}},
        {u"personal",
         {u"personal", u"personnelles", u"personnelle", u"personnel", u"personnels", u"pii", u"dcp",
          u"rgpd", u"gdpr", u"a caractere personnel", u"caractere personnel"}},
        {u"health", {u"health", u"sante", u"hds", u"medical", u"medicales", u"medicale", u"phi"}},
        {u"payment",
         {u"payment", u"paiement", u"bancaire", u"bancaires", u"pci", u"pci dss", u"card",
          u"cartes bancaires", u"carte bancaire"}},
        {u"identity", {u"identity", u"identite", u"identites"}},
    };
    QString folded = foldText(value);
    if (folded.isEmpty()) {
        return {};
    }
    // "Données de santé", "personal data"
    for (QStringView prefix : {u"donnees de ", u"donnees ", u"data "}) {
        if (folded.startsWith(prefix)) {
            folded.remove(0, prefix.size());
            break;
        }
    }
    if (folded.endsWith(u" data")) {
        folded.chop(5);
    }
    const QStringView code = lookup(codes, folded);
    return code.isEmpty() ? unknown(value) : code.toString();
}

QString normalisePowerState(QStringView value)
{
    static const std::vector<Code> codes = {
        {u"on",
         {u"poweredon", u"powered on", u"on", u"running", u"started", u"up", u"allume", u"allumee",
          u"demarre", u"demarree", u"en marche", u"en service", u"actif", u"active"}},
        {u"off",
         {u"poweredoff", u"powered off", u"off", u"stopped", u"down", u"halted", u"eteint",
          u"eteinte", u"arrete", u"arretee", u"stoppe", u"stoppee", u"inactif", u"inactive"}},
        {u"suspended", {u"suspended", u"suspendu", u"suspendue", u"paused", u"en pause"}},
    };
    const QString folded = foldText(value);
    if (folded.isEmpty()) {
        return {};
    }
    const QStringView code = lookup(codes, folded);
    return code.isEmpty() ? unknown(value) : code.toString();
}

QString normaliseKind(QStringView value, bool *isTemplate)
{
    static const std::vector<Code> codes = {
        {u"vm",
         {u"vm", u"virtual machine", u"machine virtuelle", u"virtual", u"virtuel", u"virtuelle",
          u"serveur virtuel", u"virtual server", u"server", u"serveur", u"instance", u"vps", u"vsi",
          u"guest", u"compute"}},
        {u"database",
         {u"database", u"db", u"base de donnees", u"bdd", u"sgbd", u"dbaas", u"managed database"}},
        {u"container", {u"container", u"containers", u"conteneur", u"docker", u"pod"}},
        {u"kubernetes-node",
         {u"kubernetes node", u"k8s node", u"node", u"noeud kubernetes", u"noeud k8s",
          u"worker node"}},
        {u"storage",
         {u"storage", u"stockage", u"nas", u"san", u"bucket", u"file share", u"partage"}},
        {u"physical",
         {u"physical", u"physique", u"bare metal", u"baremetal", u"serveur physique",
          u"physical server", u"metal"}},
        {u"template", {u"template", u"modele", u"gabarit", u"vm template", u"modele de vm"}},
    };
    const QString folded = foldText(value);
    if (folded.isEmpty()) {
        return u"vm"_s;
    }
    const QStringView code = lookup(codes, folded);
    if (code == u"template") {
        if (isTemplate) {
            *isTemplate = true;
        }
        return u"vm"_s;
    }
    return code.isEmpty() ? unknown(value) : code.toString();
}

QString osFamilyOf(QStringView os)
{
    const QString folded = foldText(os);
    if (folded.isEmpty()) {
        return {};
    }
    // word (one or more whole words) appears in folded, between spaces or at either end.
    auto has = [&folded](QStringView word) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
            const qsizetype end = at + word.size();
            if ((at == 0 || folded[at - 1] == u' ') &&
                (end == folded.size() || folded[end] == u' ')) {
                return true;
            }
        }
        return false;
    };
    if (folded.contains(u"windows") || folded.startsWith(u"win")) {
        return u"windows"_s;
    }
    for (QStringView word :
         {u"linux",  u"rhel",   u"red hat", u"redhat",      u"centos",  u"ubuntu",
          u"debian", u"suse",   u"sles",    u"opensuse",    u"rocky",   u"almalinux",
          u"alma",   u"fedora", u"amzn",    u"coreos",      u"flatcar", u"alpine",
          u"mint",   u"gentoo", u"photon",  u"oracle linux"}) {
        if (has(word)) {
            return u"linux"_s;
        }
    }
    for (QStringView word : {u"freebsd", u"openbsd", u"netbsd", u"bsd"}) {
        if (has(word)) {
            return u"bsd"_s;
        }
    }
    for (QStringView word : {u"aix", u"solaris", u"hp ux", u"sunos", u"unix"}) {
        if (has(word)) {
            return u"unix"_s;
        }
    }
    return u"other"_s;
}

std::optional<bool> parseBool(QStringView value)
{
    const QString folded = foldText(value);
    for (QStringView yes : {u"yes", u"y", u"true", u"vrai", u"oui", u"o", u"1", u"x"}) {
        if (folded == yes) {
            return true;
        }
    }
    for (QStringView no : {u"no", u"n", u"false", u"faux", u"non", u"0"}) {
        if (folded == no) {
            return false;
        }
    }
    return std::nullopt;
}

QVariantMap parseTags(QStringView value)
{
    const QString text = value.trimmed().toString();
    QVariantMap tags;
    if (text.isEmpty()) {
        return tags;
    }
    if (text.startsWith(u'{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            return document.object().toVariantMap();
        }
    }
    const QChar separator = text.contains(u';') ? u';' : text.contains(u'|') ? u'|' : u',';
    for (const QString &part : text.split(separator, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        qsizetype at = item.indexOf(u'=');
        if (at < 0) {
            at = item.indexOf(u':');
        }
        if (at < 0) {
            if (!item.isEmpty()) {
                tags.insert(item, true);
            }
            continue;
        }
        const QString key = item.first(at).trimmed();
        if (!key.isEmpty()) {
            tags.insert(key, item.sliced(at + 1).trimmed());
        }
    }
    return tags;
}

std::optional<double> parseNumber(QStringView text, QChar delimiter)
{
    // Most cells are small integers: no copy, no locale.
    if (!text.isEmpty() && text.size() <= 15) {
        qint64 integer = 0;
        bool digitsOnly = true;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9') {
                digitsOnly = false;
                break;
            }
            integer = integer * 10 + (c.unicode() - u'0');
        }
        if (digitsOnly) {
            return double(integer);
        }
        // "4,5", "12.25": one separator between digits, read as a decimal one unless it is a
        // thousands separator (below). Up to 15 digits the integer they make is exact, and so is
        // the power of ten: one division gives the correctly rounded value, as the full path
        // below would.
        static constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6, 1e7,
                                                  1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};
        qint64 mantissa = 0;
        qsizetype separatorAt = -1;
        bool simple = true;
        for (qsizetype i = 0; i < text.size() && simple; ++i) {
            const QChar c = text[i];
            if (c >= u'0' && c <= u'9') {
                mantissa = mantissa * 10 + (c.unicode() - u'0');
            } else if ((c == u',' || c == u'.') && separatorAt < 0 && i > 0) {
                separatorAt = i;
            } else {
                simple = false;
            }
        }
        const qsizetype decimals = text.size() - separatorAt - 1;
        if (simple && separatorAt > 0 && decimals > 0) {
            const bool thousands =
                text[separatorAt] == u',' && delimiter == u',' && decimals == 3 && separatorAt <= 3;
            if (!thousands) {
                return double(mantissa) / kPowersOfTen[decimals];
            }
        }
    }
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        // Thousands separators as spreadsheets write them, and stray spaces.
        if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) ||
            c == u'\'') {
            continue;
        }
        s += c;
    }
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.front() == u'-';
        s.remove(0, 1);
    }
    if (s.isEmpty()) {
        return std::nullopt;
    }
    int digits = 0;
    for (const QChar c : s) {
        if (c.isDigit() && c.unicode() < 0x80) {
            ++digits;
        } else if (c != u',' && c != u'.') {
            return std::nullopt;
        }
    }
    if (digits == 0) {
        return std::nullopt;
    }

    const qsizetype commas = s.count(u',');
    const qsizetype dots = s.count(u'.');
    QChar decimal; // none
    if (commas > 0 && dots > 0) {
        decimal = s.lastIndexOf(u',') > s.lastIndexOf(u'.') ? u',' : u'.';
        if (s.count(decimal) > 1) {
            return std::nullopt;
        }
    } else if (commas == 1) {
        const qsizetype at = s.indexOf(u',');
        const bool thousands = delimiter == u',' && s.size() - at - 1 == 3 && at >= 1 && at <= 3;
        decimal = thousands ? QChar() : QChar(u',');
    } else if (dots == 1) {
        decimal = u'.';
    }
    QString plain;
    plain.reserve(s.size());
    for (const QChar c : s) {
        if (c == u',' || c == u'.') {
            if (c == decimal) {
                plain += u'.';
            }
            continue; // a thousands separator
        }
        plain += c;
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(plain, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return negative ? -value : value;
}

std::optional<Quantity> parseQuantity(QStringView text, QChar delimiter)
{
    const QStringView trimmed = text.trimmed();
    qsizetype unitAt = trimmed.size();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed[i].isLetter()) {
            unitAt = i;
            break;
        }
    }
    const std::optional<double> value = parseNumber(trimmed.first(unitAt), delimiter);
    if (!value) {
        return std::nullopt;
    }
    Quantity quantity;
    quantity.value = *value;
    const QStringView unitText = trimmed.sliced(unitAt).trimmed();
    if (!unitText.isEmpty()) {
        quantity.unit = unitFromText(unitText);
        if (!quantity.unit) {
            return std::nullopt;
        }
    }
    return quantity;
}

} // namespace boussole
