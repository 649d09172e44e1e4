#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace boussole {

// A user-facing error: a translated message plus where it happened, when known.
// file/line/column follow CLI.md: "FILE:LINE:COLUMN: message"; path is a JSON/YAML path.
struct Error {
    Error() = default;
    // Not an aggregate on purpose: Error{message, file} must not warn about the fields left out.
    explicit Error(QString message_, QString file_ = {}, int line_ = 0, int column_ = 0,
                   QString path_ = {})
        : message(std::move(message_)), file(std::move(file_)), line(line_), column(column_),
          path(std::move(path_))
    {
    }

    QString message;
    QString file;
    int line = 0;
    int column = 0;
    QString path;

    // The CLI.md rendering without the "boussole: " prefix.
    QString toString() const
    {
        if (!file.isEmpty() && line > 0) {
            return column > 0
                       ? QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message)
                       : QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
        }
        if (!file.isEmpty() && !path.isEmpty()) {
            return QStringLiteral("%1: %2: %3").arg(file, path, message);
        }
        if (!file.isEmpty()) {
            return QStringLiteral("%1: %2").arg(file, message);
        }
        return message;
    }
};

// Value or Error. No exceptions cross the event loop: library exceptions are caught at the boundary
// and turned into a Result.
template <typename T>
class Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations with no value.
template <>
class Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace boussole
