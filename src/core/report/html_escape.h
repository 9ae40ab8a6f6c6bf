// Escaping untrusted text for HTML, inline SVG and SVG files (XML).
//
// Every string that comes from a plan file goes through here before it reaches a report:
// plan files travel by email, so a name like `<script>…` must print as text, never run.
// The same escaping is safe in element content, in double- or single-quoted attribute
// values, in <title> and in SVG <text> (only the five markup characters are special there).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace keystone {

// Cleans and escapes: & < > " ' become entities; control characters (C0 except tab and
// newline, DEL, and the C1 range) and U+FFFE / U+FFFF are dropped, carriage returns too;
// invalid UTF-8 bytes (lone surrogates included) become U+FFFD, so the document stays valid
// UTF-8, and valid XML, whatever the input. Every HTML, SVG and XML writer uses it.
std::string escapeHtml(std::string_view text);
void appendEscapedHtml(std::string& out, std::string_view text);

// The cleaning step alone (no escaping): control characters dropped, UTF-8 repaired.
std::string cleanText(std::string_view text);

// The first `maxChars` code points of cleaned text, with "…" in place of the rest when it
// had to be cut. Never splits a UTF-8 sequence. Escape the result afterwards.
std::string truncateText(std::string_view text, std::size_t maxChars);

}  // namespace keystone
