// parser_errors.h — turns ANTLR's first syntax error into gc's message
// ("syntax error: unexpected newline, expecting comma or }" ...).
#pragma once

#include <antlr4-runtime.h>

#include "frontend/diag.h"
#include "frontend/lexer.h"

namespace minigo {

class SyntaxErrorListener : public antlr4::BaseErrorListener {
 public:
  SyntaxErrorListener(const PosMap& pm, antlr4::TokenStream* tokens) : pm_(pm), tokens_(tokens) {}
  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offendingSymbol, size_t line,
                   size_t charPositionInLine, const std::string& msg, std::exception_ptr e) override;
  bool hasError() const { return has_; }
  const Diagnostic& error() const { return first_; }
  size_t errorTokenIndex() const { return tokIndex_; }

 private:
  std::string describe(antlr4::Parser* parser, antlr4::Token* t);
  const PosMap& pm_;
  antlr4::TokenStream* tokens_;
  bool has_ = false;
  Diagnostic first_;
  size_t tokIndex_ = 0;
};

// gc's parser goes on after a syntax error (skipping to the end of the
// statement, list or declaration) and reports one error per line. After the
// first error, this repeats gc's skip on a copy of the token stream and
// re-parses it, adding each next first error to diags (at most a few rounds).
void reportFollowingSyntaxErrors(antlr4::BufferedTokenStream& tokens, const PosMap& pm,
                                 const SyntaxErrorListener& first, Diagnostics& diags);

}  // namespace minigo
