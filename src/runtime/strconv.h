// strconv.h — Go's strconv formatting and unicode/utf8 helpers, as the
// runtime and fmt need them. Output is byte-for-byte Go 1.19's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace minigo::rt {

// --- integers (base 2..36, lower-case digits as Go)
std::string FormatInt(int64_t v, int base);
std::string FormatUint(uint64_t v, int base);
void AppendInt(std::string& out, int64_t v, int base);
void AppendUint(std::string& out, uint64_t v, int base);

// --- floats: fmt 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X'; prec -1 = the shortest
// digits that round-trip at bitSize (32 or 64).
std::string FormatFloat(double f, char fmt, int prec, int bitSize);
void AppendFloat(std::string& out, double f, char fmt, int prec, int bitSize);

// --- quoting (strconv.Quote & co.)
std::string Quote(std::string_view s);
std::string QuoteToASCII(std::string_view s);
std::string QuoteRune(int32_t r);
std::string QuoteRuneToASCII(int32_t r);
void AppendQuote(std::string& out, std::string_view s, bool asciiOnly);
void AppendQuoteRune(std::string& out, int32_t r, bool asciiOnly);
// Go's strconv.CanBackquote: no control chars but tab, no backquote, valid UTF-8.
bool CanBackquote(std::string_view s);

// --- unicode
bool IsPrint(int32_t r);    // unicode.IsPrint / strconv.IsPrint (space U+0020 only)
bool IsGraphic(int32_t r);

// --- unicode/utf8
constexpr int32_t RuneError = 0xFFFD;
constexpr int32_t MaxRune = 0x10FFFF;
// Decodes the first rune of s; invalid encodings give (RuneError, 1), empty s (RuneError, 0).
int32_t DecodeRune(const uint8_t* s, size_t n, int* width);
inline int32_t DecodeRuneInString(std::string_view s, int* width) {
  return DecodeRune(reinterpret_cast<const uint8_t*>(s.data()), s.size(), width);
}
// Last rune of s (utf8.DecodeLastRune).
int32_t DecodeLastRune(const uint8_t* s, size_t n, int* width);
// Appends the UTF-8 encoding of r (invalid runes and surrogates encode RuneError); returns bytes written.
int EncodeRune(std::string& out, int32_t r);
int EncodeRune(uint8_t* buf /* >= 4 bytes */, int32_t r);
int RuneLen(int32_t r);     // -1 if r is not encodable
bool ValidString(std::string_view s);
bool ValidRune(int32_t r);
int64_t RuneCountInString(std::string_view s);

}  // namespace minigo::rt
