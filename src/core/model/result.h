// Result of a core operation that can fail on user input.
//
// Core functions never let an exception cross their boundary: anything that can fail
// because of what a user typed or imported returns a Result carrying either the value
// or an Error with a message a sales rep understands and where the problem is.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace keystone {

struct Error {
    std::string message;   // plain-language reason, e.g. "the stakeholder's manager does not exist"
    std::string location;  // "line:column" for syntax, a JSON pointer for content, or empty
};

template <class T>
class [[nodiscard]] Result {
public:
    static Result success(T value) { return Result(std::move(value)); }
    static Result failure(std::string message, std::string location = {}) {
        return Result(Error{std::move(message), std::move(location)});
    }
    static Result failure(Error error) { return Result(std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const Error& error() const { return m_error; }

private:
    explicit Result(T value) : m_value(std::move(value)) {}
    explicit Result(Error error) : m_error(std::move(error)) {}

    std::optional<T> m_value;
    Error m_error;
};

}  // namespace keystone
