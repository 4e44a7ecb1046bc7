// lexer.h — Go's automatic semicolon insertion and lexical errors on top of
// the ANTLR-generated GoLexer, plus byte-column positions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "GoLexer.h"
#include "antlr4-runtime.h"
#include "frontend/ast.h"
#include "frontend/diag.h"

namespace minigo {

// Maps ANTLR positions (code point index) to gc positions (line, byte column).
class PosMap {
 public:
  explicit PosMap(const std::string& src);
  // Position of the code point with index cpIndex (ANTLR's startIndex).
  Pos at(size_t cpIndex) const;
  Pos of(const antlr4::Token* t) const;
  // Position of the end (one past the last code point) of t.
  Pos after(const antlr4::Token* t) const;

 private:
  std::vector<uint32_t> cpToByte_;   // empty when the source is ASCII
  std::vector<uint32_t> lineStart_;  // byte offset of each line's start
  size_t size_ = 0;                  // bytes
};

// Checks that src is valid UTF-8 without NUL bytes, as gc's source reader does.
// Reports the first problem into diags and returns false.
bool checkSourceEncoding(const std::string& src, Diagnostics& diags);

// A TokenSource that wraps GoLexer: drops comments and newlines, inserting a
// SEMI token (text "newline" or "EOF") where Go's rule asks for one, and reports
// unterminated literals / comments and invalid characters into diags.
class GoTokenSource : public antlr4::TokenSource {
 public:
  GoTokenSource(minigo_grammar::GoLexer& lexer, const PosMap& pm, Diagnostics& diags)
      : lexer_(lexer), pm_(pm), diags_(diags) {}
  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_.getLine(); }
  size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
  std::string getSourceName() override { return lexer_.getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }
  bool hadLexError() const { return lexErrors_ > 0; }

 private:
  std::unique_ptr<antlr4::Token> makeSemi(const antlr4::Token* at, const char* text);
  void lexError(Pos pos, std::string msg);
  minigo_grammar::GoLexer& lexer_;
  const PosMap& pm_;
  Diagnostics& diags_;
  std::unique_ptr<antlr4::Token> pending_;
  std::unique_ptr<antlr4::Token> tooDeep(std::unique_ptr<antlr4::Token> t);
  size_t lastType_ = 0;  // type of the last token handed out (0: none yet)
  int lexErrors_ = 0;
  int depth_ = 0;        // open ( [ {
  int unaryRun_ = 0;     // consecutive prefix-operator tokens
};

// Checks a literal token as gc's scanner does (digits of the base, '_'
// placement, exponents, escapes, rune length). Returns "" if it is well
// formed, else gc's message with *offset = byte offset of the error in text.
std::string checkLiteral(size_t tokenType, const std::string& text, size_t* offset);

// gc's name for a token in "unexpected X" messages: names and literals by
// their text ("literal 2"), SEMI as "newline" / "semicolon" / "EOF", others as written.
std::string tokenDescription(const antlr4::Token* t);

}  // namespace minigo
