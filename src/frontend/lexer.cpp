// lexer.cpp — semicolon insertion, lexical errors and byte positions around
// the generated GoLexer (see lexer.h).
#include "frontend/lexer.h"

#include <fmt/format.h>

#include <cstring>

namespace minigo {

using minigo_grammar::GoLexer;

PosMap::PosMap(const std::string& src) : size_(src.size()) {
  lineStart_.push_back(0);
  bool ascii = true;
  for (size_t i = 0; i < src.size(); i++) {
    unsigned char c = src[i];
    if (c == '\n') lineStart_.push_back(i + 1);
    if (c >= 0x80) ascii = false;
  }
  if (!ascii) {
    // Code point i starts at byte cpToByte_[i]; continuation bytes are skipped.
    cpToByte_.reserve(src.size() + 1);
    for (size_t i = 0; i < src.size(); i++)
      if ((static_cast<unsigned char>(src[i]) & 0xC0) != 0x80) cpToByte_.push_back(i);
    cpToByte_.push_back(src.size());
  }
}

Pos PosMap::at(size_t cpIndex) const {
  size_t byte = cpIndex;
  if (!cpToByte_.empty()) byte = cpIndex < cpToByte_.size() ? cpToByte_[cpIndex] : size_;
  if (byte > size_) byte = size_;
  // The line is the last line start <= byte.
  auto it = std::upper_bound(lineStart_.begin(), lineStart_.end(), static_cast<uint32_t>(byte));
  size_t line = static_cast<size_t>(it - lineStart_.begin());  // 1-based
  return Pos{static_cast<int>(line), static_cast<int>(byte - lineStart_[line - 1] + 1)};
}

Pos PosMap::of(const antlr4::Token* t) const {
  if (t->getType() == antlr4::Token::EOF) return at(t->getStartIndex() == INVALID_INDEX ? size_ : t->getStartIndex());
  return at(t->getStartIndex());
}

Pos PosMap::after(const antlr4::Token* t) const { return at(t->getStopIndex() + 1); }

bool checkSourceEncoding(const std::string& src, Diagnostics& diags) {
  int line = 1, col = 1;
  for (size_t i = 0; i < src.size();) {
    unsigned char c = src[i];
    size_t n = 1;
    bool ok = true;
    if (c == 0) {
      diags.error(Pos{line, col}, "invalid NUL character");
      return false;
    }
    if (c >= 0x80) {
      uint32_t cp = 0;
      if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F;
      else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F;
      else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07;
      else ok = false;
      if (ok && i + n > src.size()) ok = false;
      for (size_t k = 1; ok && k < n; k++) {
        unsigned char cc = src[i + k];
        if ((cc & 0xC0) != 0x80) ok = false;
        cp = (cp << 6) | (cc & 0x3F);
      }
      // Overlong forms, surrogates and values past U+10FFFF are invalid too.
      if (ok && ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
                 (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
        ok = false;
      if (!ok) {
        diags.error(Pos{line, col}, "invalid UTF-8 encoding");
        return false;
      }
    }
    if (c == '\n') line++, col = 1;
    else col += static_cast<int>(n);
    i += n;
  }
  return true;
}

namespace {

// Go's rule: a newline ends the statement after these tokens.
bool insertsSemi(size_t type) {
  switch (type) {
    case GoLexer::IDENT: case GoLexer::NUMBER: case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT: case GoLexer::RAW_STRING_LIT:
    case GoLexer::BREAK: case GoLexer::CONTINUE: case GoLexer::FALLTHROUGH: case GoLexer::RETURN:
    case GoLexer::INC: case GoLexer::DEC: case GoLexer::RPAREN: case GoLexer::RBRACK: case GoLexer::RBRACE:
      return true;
    default:
      return false;
  }
}

// Decodes the first code point of s (valid UTF-8: checked before lexing).
uint32_t firstRune(const std::string& s) {
  unsigned char c = s.empty() ? 0 : s[0];
  if (c < 0x80) return c;
  int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  uint32_t cp = c & (0xFF >> (n + 1));
  for (int k = 1; k < n && k < static_cast<int>(s.size()); k++) cp = (cp << 6) | (s[k] & 0x3F);
  return cp;
}

}  // namespace

namespace {

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
  }
}

bool isHex(char c) { return isdigit(static_cast<unsigned char>(c)) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// gc's invalidSep: index of the first '_' not between two digits, or -1.
long invalidSep(const std::string& x) {
  char x1 = ' ';  // prefix char, we only care if it's 'x'
  char d = '.';   // digit, one of '_', '0' (a digit), or '.' (anything else)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = static_cast<char>(tolower(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<long>(i);
    } else if (isdigit(static_cast<unsigned char>(d)) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<long>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<long>(x.size()) - 1;
  return -1;
}

std::string checkNumber(const std::string& t, size_t* off) {
  size_t i = 0, n = t.size();
  int base = 10;
  char prefix = 0;
  int digsep = 0;
  long invalid = -1;
  bool isFloat = false;
  auto digits = [&](int b) {
    int ds = 0;
    if (b <= 10) {
      while (i < n && (isdigit(static_cast<unsigned char>(t[i])) || t[i] == '_')) {
        if (t[i] == '_') ds |= 2;
        else {
          ds |= 1;
          if (t[i] >= '0' + b && invalid < 0) invalid = static_cast<long>(i);
        }
        i++;
      }
    } else {
      while (i < n && (isHex(t[i]) || t[i] == '_')) ds |= t[i++] == '_' ? 2 : 1;
    }
    return ds;
  };
  bool seenPoint = t[0] == '.';
  if (seenPoint) i = 1;
  if (!seenPoint) {
    if (t[0] == '0') {
      i = 1;
      char c = i < n ? static_cast<char>(tolower(t[i])) : 0;
      if (c == 'x') base = 16, prefix = 'x', i++;
      else if (c == 'o') base = 8, prefix = 'o', i++;
      else if (c == 'b') base = 2, prefix = 'b', i++;
      else base = 8, prefix = '0', digsep = 1;
    }
    digsep |= digits(base);
    if (i < n && t[i] == '.') {
      if (prefix == 'o' || prefix == 'b') {
        *off = i;
        return std::string("invalid radix point in ") + baseName(base) + " literal";
      }
      i++;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    isFloat = true;
    digsep |= digits(base);
  }
  if ((digsep & 1) == 0) {
    *off = i;
    return std::string(baseName(base)) + " literal has no digits";
  }
  char e = i < n ? static_cast<char>(tolower(t[i])) : 0;
  if (e == 'e' || e == 'p') {
    if (e == 'e' && prefix != 0 && prefix != '0') {
      *off = i;
      return fmt::format("'{}' exponent requires decimal mantissa", t[i]);
    }
    if (e == 'p' && prefix != 'x') {
      *off = i;
      return fmt::format("'{}' exponent requires hexadecimal mantissa", t[i]);
    }
    i++;
    isFloat = true;
    if (i < n && (t[i] == '+' || t[i] == '-')) i++;
    int ds = digits(10);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0) {
      *off = i;
      return "exponent has no digits";
    }
  } else if (prefix == 'x' && isFloat) {
    *off = i;
    return "hexadecimal mantissa requires a 'p' exponent";
  }
  bool imag = i < n && t[i] == 'i';
  if (!isFloat && !imag && invalid >= 0) {
    *off = static_cast<size_t>(invalid);
    return fmt::format("invalid digit '{}' in {} literal", t[invalid], baseName(base));
  }
  if (digsep & 2) {
    long k = invalidSep(t);
    if (k >= 0) {
      *off = static_cast<size_t>(k);
      return "'_' must separate successive digits";
    }
  }
  return "";
}

// gc's escape(): i is just past the backslash.
std::string checkEscape(const std::string& t, size_t& i, char quote, size_t* off) {
  if (i >= t.size()) return "";
  char c = t[i];
  int n = 0;
  uint32_t base = 0, max = 0;
  if (c == quote || strchr("abfnrtv\\", c)) {
    i++;
    return "";
  }
  if (c >= '0' && c <= '7') n = 3, base = 8, max = 255;
  else if (c == 'x') i++, n = 2, base = 16, max = 255;
  else if (c == 'u') i++, n = 4, base = 16, max = 0x10FFFF;
  else if (c == 'U') i++, n = 8, base = 16, max = 0x10FFFF;
  else {
    *off = i;
    return "unknown escape";
  }
  uint32_t x = 0;
  for (; n > 0; n--) {
    if (i >= t.size()) return "";
    char ch = t[i];
    uint32_t d = base;
    if (isdigit(static_cast<unsigned char>(ch))) d = ch - '0';
    else if (tolower(ch) >= 'a' && tolower(ch) <= 'f') d = tolower(ch) - 'a' + 10;
    if (d >= base) {
      *off = i;
      std::string q = ch == '\'' ? "'\\''" : ch == '\\' ? "'\\\\'" : std::string("'") + ch + "'";
      return fmt::format("invalid character {} in {} escape", q, baseName(static_cast<int>(base)));
    }
    x = x * base + d;
    i++;
  }
  if (x > max && base == 8) {
    *off = i;
    return fmt::format("octal escape value {} > 255", x);
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    *off = i;
    return fmt::format("escape is invalid Unicode code point U+{:04X}", x);
  }
  return "";
}

}  // namespace

std::string checkLiteral(size_t type, const std::string& t, size_t* off) {
  if (t.empty()) return "";
  if (type == GoLexer::NUMBER) return checkNumber(t, off);
  if (type == GoLexer::STRING_LIT) {
    for (size_t i = 1; i + 1 < t.size();) {
      if (t[i] == '\\') {
        i++;
        std::string e = checkEscape(t, i, '"', off);
        if (!e.empty()) return e;
      } else {
        i++;
      }
    }
    return "";
  }
  if (type == GoLexer::RUNE_LIT) {
    int count = 0;
    size_t i = 1;
    while (i + 1 < t.size()) {
      if (t[i] == '\\') {
        i++;
        std::string e = checkEscape(t, i, '\'', off);
        if (!e.empty()) return e;
      } else {
        unsigned char c = t[i];
        i += c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
      }
      count++;
    }
    if (count == 0) {
      *off = t.size() - 1;
      return "empty rune literal or unescaped '";
    }
    if (count > 1) {
      *off = 0;
      return "more than one character in rune literal";
    }
  }
  return "";
}

void GoTokenSource::lexError(Pos pos, std::string msg) {
  lexErrors_++;
  diags_.error(pos, std::move(msg));
}

std::unique_ptr<antlr4::Token> GoTokenSource::makeSemi(const antlr4::Token* at, const char* text) {
  size_t start = at->getStartIndex();
  if (at->getType() == antlr4::Token::EOF) start = lexer_.getInputStream()->size();
  // The token source must be set: ANTLR's error recovery creates tokens from it.
  auto t = std::make_unique<antlr4::CommonToken>(std::make_pair(static_cast<antlr4::TokenSource*>(this), lexer_.getInputStream()),
                                                 GoLexer::SEMI, antlr4::Token::DEFAULT_CHANNEL, start, start);
  t->setText(text);
  t->setLine(at->getLine());
  t->setCharPositionInLine(at->getCharPositionInLine());
  lastType_ = GoLexer::SEMI;
  return t;
}

// The recursive-descent parser (and every later stage) recurses once per
// nesting level; absurd nesting would overflow the stack, so it is refused.
constexpr int kMaxNesting = 500;

std::unique_ptr<antlr4::Token> GoTokenSource::tooDeep(std::unique_ptr<antlr4::Token> t) {
  lexError(pm_.of(t.get()), "syntax error: expression or block nested too deeply");
  while (t->getType() != antlr4::Token::EOF) t = lexer_.nextToken();
  lastType_ = antlr4::Token::EOF;
  return t;
}

std::unique_ptr<antlr4::Token> GoTokenSource::nextToken() {
  if (pending_) return std::move(pending_);
  for (;;) {
    std::unique_ptr<antlr4::Token> t = lexer_.nextToken();
    size_t type = t->getType();
    switch (type) {
      case GoLexer::NEWLINE:
        if (insertsSemi(lastType_)) return makeSemi(t.get(), "newline");
        continue;
      case GoLexer::BLOCK_COMMENT:
        if (t->getText().find('\n') != std::string::npos && insertsSemi(lastType_)) return makeSemi(t.get(), "newline");
        continue;
      case antlr4::Token::EOF:
        if (insertsSemi(lastType_)) {
          auto semi = makeSemi(t.get(), "EOF");
          pending_ = std::move(t);
          return semi;
        }
        lastType_ = type;
        return t;
      case GoLexer::UNTERMINATED_STRING:
      case GoLexer::UNTERMINATED_RUNE: {
        bool isString = type == GoLexer::UNTERMINATED_STRING;
        bool atNewline = lexer_.getInputStream()->LA(1) == '\n';
        if (atNewline) lexError(pm_.after(t.get()), isString ? "newline in string" : "newline in rune literal");
        else lexError(pm_.of(t.get()), isString ? "string not terminated" : "rune literal not terminated");
        // Continue as if the literal were complete, as gc does.
        t = std::make_unique<antlr4::CommonToken>(t.get());
        static_cast<antlr4::CommonToken*>(t.get())->setType(isString ? GoLexer::STRING_LIT : GoLexer::RUNE_LIT);
        static_cast<antlr4::CommonToken*>(t.get())->setText(isString ? "\"\"" : "'0'");
        lastType_ = t->getType();
        return t;
      }
      case GoLexer::UNTERMINATED_RAW:
        lexError(pm_.of(t.get()), "string not terminated");
        t = std::make_unique<antlr4::CommonToken>(t.get());
        static_cast<antlr4::CommonToken*>(t.get())->setType(GoLexer::RAW_STRING_LIT);
        static_cast<antlr4::CommonToken*>(t.get())->setText("``");
        lastType_ = t->getType();
        return t;
      case GoLexer::UNTERMINATED_COMMENT:
        lexError(pm_.of(t.get()), "comment not terminated");
        continue;
      case GoLexer::ERRCHAR: {
        uint32_t r = firstRune(t->getText());
        std::string msg = fmt::format("invalid character U+{:04X}", r);
        if (r >= 0x20 && r != 0x7F) msg += " '" + t->getText() + "'";
        lexError(pm_.of(t.get()), msg);
        continue;  // gc skips the character
      }
      case GoLexer::NUMBER: case GoLexer::STRING_LIT: case GoLexer::RUNE_LIT: {
        size_t off = 0;
        std::string msg = checkLiteral(type, t->getText(), &off);
        if (!msg.empty()) {
          // Offsets are bytes; literals never span lines except raw strings (not checked).
          Pos p = pm_.of(t.get());
          lexError(Pos{p.line, p.col + static_cast<int>(off)}, msg);
        }
        lastType_ = type;
        return t;
      }
      default:
        switch (type) {
          case GoLexer::LPAREN: case GoLexer::LBRACK: case GoLexer::LBRACE:
            if (++depth_ > kMaxNesting) return tooDeep(std::move(t));
            break;
          case GoLexer::RPAREN: case GoLexer::RBRACK: case GoLexer::RBRACE:
            depth_--;
            break;
          default:
            break;
        }
        switch (type) {
          case GoLexer::PLUS: case GoLexer::MINUS: case GoLexer::NOT: case GoLexer::CARET: case GoLexer::STAR:
          case GoLexer::AMPERSAND: case GoLexer::ARROW: case GoLexer::CHAN: case GoLexer::LBRACK:
            if (++unaryRun_ > kMaxNesting) return tooDeep(std::move(t));
            break;
          case GoLexer::RBRACK:  // [] of a slice type prefix: still a prefix chain
            if (lastType_ != GoLexer::LBRACK) unaryRun_ = 0;
            break;
          default:
            unaryRun_ = 0;
        }
        lastType_ = type;
        return t;
    }
  }
}

std::string tokenDescription(const antlr4::Token* t) {
  switch (t->getType()) {
    case antlr4::Token::EOF:
      return "EOF";
    case GoLexer::IDENT:
      return t->getText();
    case GoLexer::SEMI:
      return t->getText() == ";" ? "semicolon" : t->getText();
    case GoLexer::NUMBER: case GoLexer::RUNE_LIT: case GoLexer::STRING_LIT: case GoLexer::RAW_STRING_LIT:
      return "literal " + t->getText();
    case GoLexer::COMMA:
      return "comma";
    default:
      return t->getText();
  }
}

}  // namespace minigo
