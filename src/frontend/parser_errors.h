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

 private:
  std::string describe(antlr4::Parser* parser, antlr4::Token* t);
  const PosMap& pm_;
  antlr4::TokenStream* tokens_;
  bool has_ = false;
  Diagnostic first_;
};

}  // namespace minigo
