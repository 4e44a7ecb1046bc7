// parser_errors.cpp — gc's wording for syntax errors.
//
// gc's recursive-descent parser knows which construct it is in when it fails
// ("in argument list", "at end of statement", "after if clause"); here the
// same is recovered from the ANTLR rule context at the error, the tokens the
// parser expected, and the token before the offending one.
#include "frontend/parser_errors.h"

#include <algorithm>

#include "GoLexer.h"
#include "GoParser.h"

namespace minigo {

using minigo_grammar::GoLexer;
using G = minigo_grammar::GoParser;

namespace {

// gc's tokstring for "expecting X".
std::string tokString(const antlr4::dfa::Vocabulary& voc, size_t type) {
  switch (type) {
    case GoLexer::COMMA: return "comma";
    case GoLexer::SEMI: return "semicolon or newline";
    case GoLexer::IDENT: return "name";
    case antlr4::Token::EOF: return "EOF";
    default: {
      std::string s = voc.getLiteralName(type);  // 'x' with quotes
      if (s.size() >= 2 && s.front() == '\'') return s.substr(1, s.size() - 2);
      return voc.getSymbolicName(type);
    }
  }
}

bool startsExpr(size_t t) {
  switch (t) {
    case GoLexer::IDENT: case GoLexer::NUMBER: case GoLexer::RUNE_LIT: case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT: case GoLexer::LPAREN: case GoLexer::LBRACK: case GoLexer::FUNC:
    case GoLexer::STRUCT: case GoLexer::MAP: case GoLexer::CHAN: case GoLexer::INTERFACE:
    case GoLexer::PLUS: case GoLexer::MINUS: case GoLexer::NOT: case GoLexer::CARET: case GoLexer::STAR:
    case GoLexer::AMPERSAND: case GoLexer::ARROW:
      return true;
    default:
      return false;
  }
}

bool isExprRule(size_t r) {
  switch (r) {
    case G::RuleExprList: case G::RuleExpr: case G::RuleAndExpr: case G::RuleRelExpr: case G::RuleAddExpr:
    case G::RuleMulExpr: case G::RuleUnaryExpr: case G::RulePrimaryExpr: case G::RulePostfix:
    case G::RuleExprListNL: case G::RuleExprNL: case G::RuleAndExprNL: case G::RuleRelExprNL:
    case G::RuleAddExprNL: case G::RuleMulExprNL: case G::RuleUnaryExprNL: case G::RulePrimaryExprNL:
    case G::RulePostfixNL: case G::RuleOperand: case G::RuleSelector: case G::RuleIndex:
      return true;
    default:
      return false;
  }
}

// go/parser's token naming, used for the package clause (the go command
// reads the package clause with go/parser before gc runs).
std::string goParserFound(antlr4::Token* t) {
  switch (t->getType()) {
    case antlr4::Token::EOF: return "'EOF'";
    case GoLexer::SEMI: return t->getText() == "newline" ? "newline" : "';'";
    case GoLexer::IDENT: case GoLexer::NUMBER: case GoLexer::RUNE_LIT: case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
      return t->getText();
    default:
      return "'" + t->getText() + "'";
  }
}

}  // namespace

void SyntaxErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t,
                                      const std::string&, std::exception_ptr) {
  if (has_ || !offending) return;
  has_ = true;
  tokIndex_ = offending->getTokenIndex();
  first_.pos = pm_.of(offending);
  try {
    first_.msg = describe(static_cast<antlr4::Parser*>(recognizer), offending);
  } catch (std::exception&) {
    first_.msg = "syntax error: unexpected " + tokenDescription(offending);
  }
}

std::string SyntaxErrorListener::describe(antlr4::Parser* parser, antlr4::Token* t) {
  const std::string tok = tokenDescription(t);
  const std::string unexpected = "syntax error: unexpected " + tok;
  size_t tt = t->getType();
  antlr4::Token* prev = t->getTokenIndex() > 0 ? tokens_->get(t->getTokenIndex() - 1) : nullptr;
  size_t pt = prev ? prev->getType() : 0;
  antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
  auto has = [&](size_t x) { return expected.contains(x); };
  auto* ctx = parser->getContext();
  size_t r = ctx ? ctx->getRuleIndex() : 0;
  if (getenv("MINIGO_DEBUG_SYNTAX")) {
    for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent))
      fprintf(stderr, "rule %s\n", parser->getRuleNames()[c->getRuleIndex()].c_str());
    fprintf(stderr, "expected %s\n", expected.toString(parser->getVocabulary()).c_str());
  }

  // The package clause is read by go/parser first; use its wording.
  if (r == G::RulePackageClause || (r == G::RuleSourceFile && (!prev || pt == GoLexer::PACKAGE))) {
    if (!prev) return "expected 'package', found " + goParserFound(t);
    if (pt == GoLexer::PACKAGE) return "expected 'IDENT', found " + goParserFound(t);
  }
  if (r == G::RuleSourceFile && prev && prev->getTokenIndex() == 1 && pt == GoLexer::IDENT)
    return "expected ';', found " + goParserFound(t);

  // Top level: between declarations.
  if (r == G::RuleSourceFile || r == G::RuleTopLevelDecl) {
    if (pt == GoLexer::SEMI) {
      if (tt == GoLexer::LBRACE && prev->getText() == "newline")
        return "syntax error: unexpected semicolon or newline before {";
      return "syntax error: non-declaration statement outside function body";
    }
    return unexpected + " after top level declaration";
  }

  std::vector<ssize_t> want = expected.toList();
  want.erase(std::remove_if(want.begin(), want.end(), [](ssize_t x) { return x < 0; }), want.end());
  ssize_t singleWant = want.size() == 1 ? want[0] : -1;

  // Walk out to the nearest construct gc would name.
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    size_t ri = c->getRuleIndex();
    bool inner = c == ctx;
    switch (ri) {
      case G::RuleArguments:
        // After an argument gc wants ',' or ')': anything else, even a name.
        if (inner && has(GoLexer::RPAREN) && (!startsExpr(tt) || !has(GoLexer::IDENT)))
          return unexpected + " in argument list; possibly missing comma or )";
        break;
      case G::RuleLiteralValue: case G::RuleElement:
        if (has(GoLexer::RBRACE) || has(GoLexer::COMMA) || has(GoLexer::COLON))
          return unexpected + " in composite literal; possibly missing comma or }";
        break;
      case G::RuleParameters: case G::RuleParameterDecl:
        if (has(GoLexer::RPAREN) || has(GoLexer::COMMA))
          return unexpected + " in parameter list; possibly missing comma or )";
        break;
      case G::RuleStructType: case G::RuleFieldDecl:
        if (has(GoLexer::RBRACE) || has(GoLexer::SEMI))
          return unexpected + " in struct type; possibly missing semicolon or newline or }";
        break;
      case G::RuleInterfaceType: case G::RuleInterfaceElem:
        if (has(GoLexer::RBRACE) || has(GoLexer::SEMI))
          return unexpected + " in interface type; possibly missing semicolon or newline or }";
        break;
      case G::RuleIfStmt:
        if (pt == GoLexer::ELSE) return "syntax error: else must be followed by if or statement block";
        if (has(GoLexer::LBRACE)) return unexpected + ", expecting { after if clause";
        break;
      case G::RuleHeader:
        if (has(GoLexer::LBRACE) && !startsExpr(tt)) {
          auto* p = dynamic_cast<antlr4::ParserRuleContext*>(c->parent);
          if (p && p->getRuleIndex() == G::RuleSwitchStmt) return unexpected + ", expecting { after switch clause";
          return unexpected + ", expecting { after if clause";
        }
        break;
      case G::RuleForStmt: case G::RuleForHeader:
        if (tt == GoLexer::LBRACE) return unexpected + ", expecting for loop condition";
        if (has(GoLexer::LBRACE)) return unexpected + ", expecting { after for clause";
        break;
      case G::RuleSwitchStmt:
        if (has(GoLexer::LBRACE)) return unexpected + ", expecting { after switch clause";
        break;
      case G::RuleBlock: case G::RuleStmtList: case G::RuleCaseClause: case G::RuleCommClause:
        if (inner && (ri == G::RuleCaseClause || ri == G::RuleCommClause) && singleWant == GoLexer::COLON)
          return unexpected + ", expecting :";
        if (inner && ri == G::RuleBlock && has(GoLexer::LBRACE)) break;  // the block has not begun: the parent names it
        if (pt == GoLexer::SEMI || pt == GoLexer::LBRACE || pt == GoLexer::COLON) {
          if (startsExpr(tt) || tt == GoLexer::RBRACE) return unexpected;
          if (ri == G::RuleCaseClause || ri == G::RuleCommClause || (c->parent && dynamic_cast<antlr4::ParserRuleContext*>(c->parent)->getRuleIndex() != G::RuleBlock))
            return unexpected + ", expecting }";
          return unexpected + ", expecting }";
        }
        return unexpected + " at end of statement";
      case G::RuleFunctionDecl:
        if (has(GoLexer::IDENT) && has(GoLexer::LPAREN) == false)
          return unexpected + ", expecting name or (";
        break;
      case G::RuleVarSpec: case G::RuleConstSpec:
        if (tt == GoLexer::DEFINE) return unexpected + ", expecting =";
        if (ri == G::RuleVarSpec && has(GoLexer::ASSIGN) && has(GoLexer::IDENT)) return unexpected + ", expecting type";
        break;
      case G::RuleSimpleStmt: case G::RuleSimpleStmtNL:
        if (inner && has(GoLexer::ASSIGN))
          return unexpected + ", expecting := or = or comma";
        break;
      default:
        break;
    }
    if (inner && isExprRule(ri) && singleWant >= 0) return unexpected + ", expecting " + tokString(parser->getVocabulary(), singleWant);
    if (inner && isExprRule(ri) && !startsExpr(tt)) {
      bool wantsExpr = false;
      for (size_t e : {size_t(GoLexer::IDENT), size_t(GoLexer::NUMBER), size_t(GoLexer::STRING_LIT)})
        wantsExpr = wantsExpr || has(e);
      if (wantsExpr && expected.size() > 3) return unexpected + ", expecting expression";
    }
  }
  // One expected token: "expecting X".
  if (want.size() == 1) return unexpected + ", expecting " + tokString(parser->getVocabulary(), static_cast<size_t>(want[0]));
  bool wantsExpr = has(GoLexer::IDENT) && has(GoLexer::NUMBER);
  if (wantsExpr && !startsExpr(tt)) return unexpected + ", expecting expression";
  if (has(GoLexer::IDENT) && want.size() <= 2) return unexpected + ", expecting name";
  return unexpected;
}

namespace {

// gc's stopset: statement keywords that end skipping inside a function.
bool inStopset(size_t t) {
  switch (t) {
    case GoLexer::BREAK: case GoLexer::CONST: case GoLexer::CONTINUE: case GoLexer::DEFER:
    case GoLexer::FALLTHROUGH: case GoLexer::FOR: case GoLexer::GO: case GoLexer::GOTO: case GoLexer::IF:
    case GoLexer::RETURN: case GoLexer::SELECT: case GoLexer::SWITCH: case GoLexer::TYPE: case GoLexer::VAR:
      return true;
    default:
      return false;
  }
}

bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

void reportFollowingSyntaxErrors(antlr4::BufferedTokenStream& tokens, const PosMap& pm,
                                 const SyntaxErrorListener& first, Diagnostics& diags) {
  // The working copy of the token stream (default channel only, EOF last).
  std::vector<std::unique_ptr<antlr4::CommonToken>> toks;
  for (antlr4::Token* t : tokens.getTokens())
    if (t->getChannel() == antlr4::Token::DEFAULT_CHANNEL) toks.push_back(std::make_unique<antlr4::CommonToken>(t));
  if (toks.empty() || toks.back()->getType() != antlr4::Token::EOF) return;
  // Index of the first error's token in the working copy.
  size_t errAt = toks.size();
  for (size_t i = 0; i < toks.size(); i++)
    if (toks[i]->getTokenIndex() == first.errorTokenIndex()) errAt = i;
  std::string msg = first.error().msg;
  Pos last = first.error().pos;
  for (int round = 0; round < 9 && errAt < toks.size(); round++) {
    if (toks[errAt]->getType() == antlr4::Token::EOF) return;
    // Brace depth at the error: inside a function gc also stops at statement keywords.
    int depth = 0;
    for (size_t i = 0; i < errAt; i++) {
      if (toks[i]->getType() == GoLexer::LBRACE) depth++;
      if (toks[i]->getType() == GoLexer::RBRACE) depth--;
    }
    size_t stop = errAt;
    auto skipTo = [&](std::initializer_list<size_t> follow, bool stopset) {
      while (toks[stop]->getType() != antlr4::Token::EOF) {
        size_t t = toks[stop]->getType();
        if (std::find(follow.begin(), follow.end(), t) != follow.end() || (stopset && inStopset(t))) break;
        stop++;
      }
    };
    std::unique_ptr<antlr4::CommonToken> close;
    auto insert = [&](size_t type, const char* text) {
      close = std::make_unique<antlr4::CommonToken>(toks[stop].get());
      close->setType(type);
      close->setText(text);
    };
    if (endsWith(msg, "non-declaration statement outside function body") || endsWith(msg, "after top level declaration") ||
        endsWith(msg, "unexpected semicolon or newline before {")) {
      // fileOrNil skips to the next declaration keyword and goes on without wanting a ';'
      // (where the error token stood in for the ';', one is put back for the grammar).
      skipTo({size_t(GoLexer::IMPORT), size_t(GoLexer::CONST), size_t(GoLexer::TYPE), size_t(GoLexer::VAR),
              size_t(GoLexer::FUNC)}, false);
      if (endsWith(msg, "after top level declaration")) insert(GoLexer::SEMI, ";");
    } else if (msg.find(", expecting { after ") != std::string::npos) {
      // blockStmt: skip to a name or '}' and parse the block from there.
      skipTo({size_t(GoLexer::IDENT), size_t(GoLexer::RBRACE)}, depth > 0);
      insert(GoLexer::LBRACE, "{");
    } else if (endsWith(msg, "at end of statement")) {
      skipTo({size_t(GoLexer::SEMI), size_t(GoLexer::RBRACE)}, depth > 0);
    } else if (msg.find("; possibly missing ") != std::string::npos) {
      // p.list: skip to a closing bracket; if it is not this list's, the list ends there.
      size_t want = msg.back() == ')' ? GoLexer::RPAREN : GoLexer::RBRACE;
      skipTo({size_t(GoLexer::RPAREN), size_t(GoLexer::RBRACK), size_t(GoLexer::RBRACE)}, depth > 0);
      if (toks[stop]->getType() != want) insert(want, want == GoLexer::RPAREN ? ")" : "}");
    } else {
      return;  // gc's recovery elsewhere is not modelled
    }
    toks.erase(toks.begin() + errAt, toks.begin() + stop);
    if (close) toks.insert(toks.begin() + errAt, std::move(close));
    // Re-parse the repaired copy with gc-style reporting.
    std::vector<std::unique_ptr<antlr4::Token>> copy;
    for (auto& t : toks) copy.push_back(std::make_unique<antlr4::CommonToken>(t.get()));
    antlr4::ListTokenSource source(std::move(copy));
    antlr4::CommonTokenStream stream(&source);
    G parser(&stream);
    parser.removeErrorListeners();
    SyntaxErrorListener listener(pm, &stream);
    parser.addErrorListener(&listener);
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    try {
      parser.sourceFile();
    } catch (std::exception&) {
      return;  // the first error stands on its own
    }
    if (!listener.hasError()) return;
    Pos p = listener.error().pos;
    if (p.line < last.line || (p.line == last.line && p.col <= last.col)) return;  // no progress
    diags.error(p, listener.error().msg);
    last = p;
    msg = listener.error().msg;
    errAt = listener.errorTokenIndex();
    // The stream re-indexed the tokens 0..n-1 in order: the same indices as toks.
    for (size_t i = 0; i < toks.size(); i++) toks[i]->setTokenIndex(i);
  }
}

}  // namespace minigo
