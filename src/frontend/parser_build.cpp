// parser_build.cpp — parse tree → AST (conventions: the comment at the end of ast.h).
//
// Expression and simple-statement rules exist twice in the grammar (normal
// and "NL" chain for if/for/switch headers); they are walked generically by
// rule index and children so that both share one code path. Positions are
// those of the construct's first token (types2's StartPos), so typecheck can
// report errors where gc does.
#include "frontend/parser_build.h"

#include "frontend/ast_dump.h"
#include "frontend/lexer.h"

namespace minigo {

using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using minigo_grammar::GoLexer;
using G = minigo_grammar::GoParser;

namespace {

class Builder {
 public:
  Builder(antlr4::TokenStream* tokens, const PosMap& pm, Package* pkg, std::vector<Diagnostic>& errs)
      : tokens_(tokens), pm_(pm), pkg_(pkg), errs_(errs) {}
  void sourceFile(G::SourceFileContext* ctx);

 private:
  antlr4::TokenStream* tokens_;
  const PosMap& pm_;
  Package* pkg_;
  std::vector<Diagnostic>& errs_;
  Func* curFn_ = nullptr;

  void error(Pos pos, std::string msg) { errs_.push_back(Diagnostic{pos, std::move(msg)}); }
  Pos pos(const Token* t) const { return t ? pm_.of(t) : Pos{}; }
  Pos pos(TerminalNode* t) const { return t ? pm_.of(t->getSymbol()) : Pos{}; }
  Pos pos(ParserRuleContext* c) const { return c && c->getStart() ? pm_.of(c->getStart()) : Pos{}; }

  static TerminalNode* term(ParseTree* t) { return dynamic_cast<TerminalNode*>(t); }
  static ParserRuleContext* rule(ParseTree* t) { return dynamic_cast<ParserRuleContext*>(t); }
  static size_t ttype(ParseTree* t) {
    auto* tn = term(t);
    return tn ? tn->getSymbol()->getType() : 0;
  }
  static size_t ruleIndex(ParseTree* t) {
    auto* r = rule(t);
    return r ? r->getRuleIndex() : ~size_t(0);
  }

  // declarations
  void topLevelDecl(G::TopLevelDeclContext* ctx, bool& seenNonImport);
  void importSpec(G::ImportSpecContext* ctx);
  void declaration(G::DeclarationContext* ctx, std::vector<Node*>& out);
  Node* functionDecl(G::FunctionDeclContext* ctx);
  std::string recvTypeName(Node* t);
  void typeParameters(G::TypeParametersContext* ctx, std::vector<Node*>& out);
  Node* signature(G::SignatureContext* ctx, Pos p);
  void parameters(G::ParametersContext* ctx, std::vector<Node*>& out);
  std::vector<Node*> identList(G::IdentListContext* ctx);

  // types
  Node* type(G::Type_Context* ctx);
  Node* typeName(G::TypeNameContext* ctx, G::TypeArgsContext* args);
  Node* typeElem(G::TypeElemContext* ctx);
  Node* typeLit(ParserRuleContext* ctx);
  Node* structType(G::StructTypeContext* ctx);
  Node* interfaceType(G::InterfaceTypeContext* ctx);
  Node* channelType(G::ChannelTypeContext* ctx);

  // statements
  std::vector<Node*> block(G::BlockContext* ctx);
  void stmtList(G::StmtListContext* ctx, std::vector<Node*>& out);
  void statement(G::StatementContext* ctx, std::vector<Node*>& out);
  Node* simpleStmt(ParserRuleContext* ctx);
  Node* ifStmt(G::IfStmtContext* ctx);
  Node* switchStmt(G::SwitchStmtContext* ctx);
  Node* selectStmt(G::SelectStmtContext* ctx);
  Node* forStmt(G::ForStmtContext* ctx);
  Node* headerCond(ParserRuleContext* stmtCtx, Node* s);

  // expressions
  Node* expr(ParseTree* t);
  std::vector<Node*> exprList(ParseTree* t);
  Node* binary(ParserRuleContext* ctx);
  Node* unary(ParserRuleContext* ctx);
  Node* primary(ParserRuleContext* ctx);
  Node* operand(G::OperandContext* ctx);
  Node* literal(Token* t);
  Node* postfix(Node* x, ParserRuleContext* ctx);
  Node* index(Node* x, G::IndexContext* ctx);
  Node* literalValue(Node* type, G::LiteralValueContext* ctx, Pos p);
  Node* funcLit(G::OperandContext* ctx);
};

Node* ident(TerminalNode* t, Pos p) {
  Node* n = newNode(ONONAME, p);
  n->name = t ? t->getText() : "_";
  return n;
}

// ---------------------------------------------------------------- declarations

void Builder::sourceFile(G::SourceFileContext* ctx) {
  if (auto* pc = ctx->packageClause()) {
    if (pc->IDENT() && pc->IDENT()->getText() == "_") error(pos(pc->IDENT()), "invalid package name _");
  }
  bool seenNonImport = false;
  for (auto* d : ctx->topLevelDecl()) topLevelDecl(d, seenNonImport);
}

void Builder::topLevelDecl(G::TopLevelDeclContext* ctx, bool& seenNonImport) {
  if (auto* imp = ctx->importDecl()) {
    if (seenNonImport) {
      // gc 1.19 reports a late import this way.
      error(pos(imp), "syntax error: non-declaration statement outside function body");
      return;
    }
    for (auto* s : imp->importSpec()) importSpec(s);
    return;
  }
  seenNonImport = true;
  if (auto* d = ctx->declaration()) {
    declaration(d, pkg_->decls);
  } else if (auto* f = ctx->functionDecl()) {
    if (Node* n = functionDecl(f)) pkg_->decls.push_back(n);
  }
}

void Builder::importSpec(G::ImportSpecContext* ctx) {
  if (!ctx || !ctx->importPath()) return;
  Node* n = newNode(OPACK, pos(ctx));
  Token* pt = ctx->importPath()->getStart();
  std::string err;
  Constant v = Constant::fromLiteral(Constant::StringLit, pt->getText(), &err);
  if (!err.empty()) error(pos(pt), err);
  n->name = v.kind() == Constant::String ? v.stringVal() : pt->getText();
  if (ctx->IDENT()) n->left = ident(ctx->IDENT(), pos(ctx->IDENT()));
  else if (ctx->DOT()) n->left = ident(ctx->DOT(), pos(ctx->DOT()));
  pkg_->imports.push_back(n->name);
  pkg_->importDecls.push_back(n);
}

std::vector<Node*> Builder::identList(G::IdentListContext* ctx) {
  std::vector<Node*> out;
  if (!ctx) return out;
  for (auto* id : ctx->IDENT()) out.push_back(ident(id, pos(id)));
  return out;
}

void Builder::declaration(G::DeclarationContext* ctx, std::vector<Node*>& out) {
  if (auto* c = ctx->constDecl()) {
    // iota counts specs; a spec without values repeats the previous one's
    // type and expressions, built afresh from the parse tree.
    G::ConstSpecContext* prev = nullptr;
    int64_t iota = 0;
    for (auto* s : c->constSpec()) {
      Node* n = newNode(ODCLCONST, pos(s));
      n->list = identList(s->identList());
      n->offset = iota++;
      G::ConstSpecContext* src = s->ASSIGN() ? s : prev;
      if (s->ASSIGN()) prev = s;
      if (src) {
        if (src->type_()) n->left = type(src->type_());
        n->rlist = exprList(src->exprList());
      } else if (s->type_()) {
        n->left = type(s->type_());
      }
      if (!s->ASSIGN() && s->type_()) error(pos(s->type_()), "syntax error: const declaration cannot have type without expression");
      out.push_back(n);
    }
  } else if (auto* v = ctx->varDecl()) {
    for (auto* s : v->varSpec()) {
      Node* n = newNode(OVARDEF, pos(s));
      n->list = identList(s->identList());
      if (s->type_()) n->left = type(s->type_());
      if (s->exprList()) n->rlist = exprList(s->exprList());
      out.push_back(n);
    }
  } else if (auto* t = ctx->typeDecl()) {
    for (auto* s : t->typeSpec()) {
      if (!s->IDENT()) continue;
      Node* n = newNode(ODCLTYPE, pos(s));
      n->name = s->IDENT()->getText();
      n->alias = s->ASSIGN() != nullptr;
      if (s->typeParameters()) typeParameters(s->typeParameters(), n->list);
      n->left = type(s->type_());
      out.push_back(n);
    }
  }
}

void Builder::typeParameters(G::TypeParametersContext* ctx, std::vector<Node*>& out) {
  for (auto* d : ctx->typeParamDecl()) {
    Node* constraint = typeElem(d->typeElem());
    for (Node* id : identList(d->identList())) {
      Node* f = newNode(OFIELD, id->pos);
      f->name = id->name;
      f->left = constraint;
      out.push_back(f);
    }
  }
}

std::string Builder::recvTypeName(Node* t) {
  while (t && t->op == OPAREN) t = t->left;
  if (!t) return "?";
  if (t->op == OTPTR || t->op == ODEREF) return "(*" + recvTypeName(t->left) + ")";
  if (t->op == OINDEX || t->op == OTINST) return recvTypeName(t->left) + "[...]";
  if (t->op == ONONAME) return t->name;
  return "?";
}

Node* Builder::functionDecl(G::FunctionDeclContext* ctx) {
  Pos p = pos(ctx->FUNC());
  Node* n = newNode(ODCLFUNC, p);
  n->name = ctx->IDENT() ? ctx->IDENT()->getText() : "_";
  Func* fn = newFunc();
  fn->decl = n;
  fn->pos = p;
  n->func = fn;
  if (auto* r = ctx->receiver()) {
    std::vector<Node*> rs;
    parameters(r->parameters(), rs);
    if (!rs.empty()) n->left = rs[0];
    if (rs.size() > 1) error(rs[1]->pos, "method has multiple receivers");
    if (rs.empty()) error(pos(r), "method has no receiver");
  }
  if (ctx->typeParameters()) {
    typeParameters(ctx->typeParameters(), n->list);
    if (n->left) error(pos(ctx->typeParameters()), "syntax error: method must have no type parameters");
  }
  n->right = signature(ctx->signature(), p);
  fn->name = pkg_->path + "." + (n->left ? recvTypeName(n->left->left) + "." : std::string()) + n->name;
  Func* saved = curFn_;
  curFn_ = fn;
  if (auto* b = ctx->block()) {
    fn->body = block(b);
    fn->endPos = pos(b->RBRACE());
  } else {
    n->implicit = true;
  }
  curFn_ = saved;
  return n;
}

Node* Builder::signature(G::SignatureContext* ctx, Pos p) {
  Node* t = newNode(OTFUNC, p);
  if (!ctx) return t;
  parameters(ctx->parameters(), t->list);
  if (auto* r = ctx->result()) {
    if (r->parameters()) {
      parameters(r->parameters(), t->rlist);
    } else if (auto* rt = r->resultType()) {
      Node* f = newNode(OFIELD, pos(r));
      f->left = rt->typeName() ? typeName(rt->typeName(), rt->typeArgs())
                               : typeLit(rt->typeLit() && !rt->typeLit()->children.empty() ? rule(rt->typeLit()->children[0]) : nullptr);
      t->rlist.push_back(f);
    }
  }
  return t;
}

// gc's grouping of a parameter list: `a, b int` → two named parameters of
// type int; a list where some but not all have names is an error.
void Builder::parameters(G::ParametersContext* ctx, std::vector<Node*>& out) {
  if (!ctx) return;
  struct Par { Node* name; Node* type; bool ddd; Pos p; };
  std::vector<Par> list;
  int named = 0;
  for (auto* d : ctx->parameterDecl()) {
    Par par{nullptr, nullptr, d->ELLIPSIS() != nullptr, pos(d)};
    if (d->IDENT()) {
      par.name = ident(d->IDENT(), pos(d->IDENT()));
      par.type = type(d->type_());
    } else {
      Node* t = type(d->type_());
      // A lone identifier may be a name whose type follows later.
      if (t && t->op == ONONAME && !par.ddd) par.name = t;
      else par.type = t;
    }
    if (par.name && par.type) named++;
    list.push_back(par);
  }
  if (named == 0) {
    for (auto& par : list)
      if (par.name) par.type = par.name, par.name = nullptr;
  } else if (named != static_cast<int>(list.size())) {
    Pos errPos;
    Node* typ = nullptr;
    bool bad = false;
    for (int i = static_cast<int>(list.size()) - 1; i >= 0; i--) {
      Par& par = list[i];
      if (par.type) {
        typ = par.type;
        if (!par.name) {
          errPos = par.type->pos, bad = true;
          par.name = ident(nullptr, errPos);
        }
      } else if (typ) {
        par.type = typ;
      } else {
        errPos = par.name->pos, bad = true;
        par.type = ident(nullptr, errPos);
      }
    }
    if (bad) error(errPos, "syntax error: mixed named and unnamed parameters");
  }
  for (auto& par : list) {
    Node* f = newNode(OFIELD, par.name ? par.name->pos : par.p);
    if (par.name) f->name = par.name->name;
    f->left = par.type;
    f->isDDD = par.ddd;
    out.push_back(f);
  }
}

// ---------------------------------------------------------------- types

Node* Builder::type(G::Type_Context* ctx) {
  if (!ctx) return nullptr;
  if (ctx->typeName()) return typeName(ctx->typeName(), ctx->typeArgs());
  if (ctx->typeLit()) return typeLit(rule(ctx->typeLit()->children.empty() ? nullptr : ctx->typeLit()->children[0]));
  return type(ctx->type_());  // ( T )
}

Node* Builder::typeName(G::TypeNameContext* ctx, G::TypeArgsContext* args) {
  if (!ctx || ctx->IDENT().empty()) return nullptr;
  auto ids = ctx->IDENT();
  Node* n = ident(ids[0], pos(ids[0]));
  if (ids.size() > 1) {
    Node* sel = newNode(OXDOT, n->pos);
    sel->left = n;
    sel->name = ids[1]->getText();
    n = sel;
  }
  if (args) {
    auto ts = args->type_();
    if (ts.size() == 1) {
      Node* ix = newNode(OINDEX, n->pos);
      ix->left = n;
      ix->right = type(ts[0]);
      n = ix;
    } else {
      Node* inst = newNode(OTINST, n->pos);
      inst->left = n;
      for (auto* t : ts) inst->list.push_back(type(t));
      n = inst;
    }
  }
  return n;
}

Node* Builder::typeElem(G::TypeElemContext* ctx) {
  if (!ctx) return nullptr;
  auto terms = ctx->typeTerm();
  if (terms.size() == 1 && !terms[0]->TILDE()) return type(terms[0]->type_());
  // A union or ~T: an embedded OFIELD whose list holds the terms (tag "~" for ~T).
  Node* u = newNode(OFIELD, pos(ctx));
  u->embedded = true;
  for (auto* t : terms) {
    Node* f = newNode(OFIELD, pos(t));
    f->left = type(t->type_());
    if (t->TILDE()) f->tag = "~";
    u->list.push_back(f);
  }
  return u;
}

Node* Builder::typeLit(ParserRuleContext* ctx) {
  if (!ctx) return nullptr;
  Pos p = pos(ctx);
  switch (ctx->getRuleIndex()) {
    case G::RuleArrayType: {
      auto* c = static_cast<G::ArrayTypeContext*>(ctx);
      Node* n = newNode(OTARRAY, p);
      if (c->expr()) n->left = expr(c->expr());
      n->isDDD = c->ELLIPSIS() != nullptr;
      n->right = type(c->type_());
      return n;
    }
    case G::RuleSliceType: {
      Node* n = newNode(OTSLICE, p);
      n->left = type(static_cast<G::SliceTypeContext*>(ctx)->type_());
      return n;
    }
    case G::RulePointerType: {
      Node* n = newNode(OTPTR, p);
      n->left = type(static_cast<G::PointerTypeContext*>(ctx)->type_());
      return n;
    }
    case G::RuleFunctionType:
      return signature(static_cast<G::FunctionTypeContext*>(ctx)->signature(), p);
    case G::RuleMapType: {
      auto ts = static_cast<G::MapTypeContext*>(ctx)->type_();
      Node* n = newNode(OTMAP, p);
      if (ts.size() > 0) n->left = type(ts[0]);
      if (ts.size() > 1) n->right = type(ts[1]);
      return n;
    }
    case G::RuleChannelType:
      return channelType(static_cast<G::ChannelTypeContext*>(ctx));
    case G::RuleStructType:
      return structType(static_cast<G::StructTypeContext*>(ctx));
    case G::RuleInterfaceType:
      return interfaceType(static_cast<G::InterfaceTypeContext*>(ctx));
    default:
      return nullptr;
  }
}

Node* Builder::channelType(G::ChannelTypeContext* ctx) {
  Node* n = newNode(OTCHAN, pos(ctx));
  n->left = type(ctx->type_());
  if (ctx->ARROW()) n->chanDir = ttype(ctx->children[0]) == GoLexer::ARROW ? CDRecv : CDSend;
  return n;
}

Node* Builder::structType(G::StructTypeContext* ctx) {
  Node* n = newNode(OTSTRUCT, pos(ctx));
  for (auto* f : ctx->fieldDecl()) {
    std::string tag;
    if (TerminalNode* t = f->STRING_LIT() ? f->STRING_LIT() : f->RAW_STRING_LIT()) {
      std::string err;
      Constant v = Constant::fromLiteral(Constant::StringLit, t->getText(), &err);
      if (!err.empty()) error(pos(t), err);
      if (v.kind() == Constant::String) tag = v.stringVal();
    }
    if (auto* e = f->embeddedField()) {
      Node* fld = newNode(OFIELD, pos(e));
      Node* t = typeName(e->typeName(), e->typeArgs());
      if (e->STAR()) {
        Node* p = newNode(OTPTR, pos(e->STAR()));
        p->left = t;
        t = p;
      }
      auto ids = e->typeName() ? e->typeName()->IDENT() : std::vector<TerminalNode*>{};
      fld->name = ids.empty() ? "_" : ids.back()->getText();
      fld->left = t;
      fld->embedded = true;
      fld->tag = tag;
      n->list.push_back(fld);
      continue;
    }
    Node* t = type(f->type_());
    for (Node* id : identList(f->identList())) {
      Node* fld = newNode(OFIELD, id->pos);
      fld->name = id->name;
      fld->left = t;
      fld->tag = tag;
      n->list.push_back(fld);
    }
  }
  return n;
}

Node* Builder::interfaceType(G::InterfaceTypeContext* ctx) {
  Node* n = newNode(OTINTER, pos(ctx));
  for (auto* e : ctx->interfaceElem()) {
    if (auto* m = e->methodSpec()) {
      Node* f = newNode(OFIELD, pos(m));
      f->name = m->IDENT() ? m->IDENT()->getText() : "_";
      f->left = signature(m->signature(), pos(m));
      n->list.push_back(f);
    } else if (auto* te = e->typeElem()) {
      Node* t = typeElem(te);
      if (t && t->op == OFIELD) {
        n->list.push_back(t);
      } else {
        Node* f = newNode(OFIELD, pos(te));
        f->left = t;
        f->embedded = true;
        n->list.push_back(f);
      }
    }
  }
  return n;
}

// ---------------------------------------------------------------- statements

std::vector<Node*> Builder::block(G::BlockContext* ctx) {
  std::vector<Node*> out;
  if (ctx) stmtList(ctx->stmtList(), out);
  return out;
}

void Builder::stmtList(G::StmtListContext* ctx, std::vector<Node*>& out) {
  if (!ctx) return;
  for (auto* s : ctx->statement()) statement(s, out);
}

void Builder::statement(G::StatementContext* ctx, std::vector<Node*>& out) {
  if (!ctx || ctx->children.empty()) return;
  auto* c = rule(ctx->children[0]);
  if (!c) return;
  Pos p = pos(c);
  Node* n = nullptr;
  switch (c->getRuleIndex()) {
    case G::RuleDeclaration:
      declaration(static_cast<G::DeclarationContext*>(c), out);
      return;
    case G::RuleLabeledStmt: {
      auto* l = static_cast<G::LabeledStmtContext*>(c);
      n = newNode(OLABEL, p);
      n->name = l->IDENT() ? l->IDENT()->getText() : "_";
      std::vector<Node*> inner;
      if (l->statement()) statement(l->statement(), inner);
      if (inner.size() == 1) {
        n->left = inner[0];
      } else if (!inner.empty()) {
        Node* b = newNode(OBLOCK, inner[0]->pos);
        b->list = inner;
        n->left = b;
      }
      break;
    }
    case G::RuleSimpleStmt:
      n = simpleStmt(c);
      break;
    case G::RuleGoStmt:
      n = newNode(OGO, p);
      n->left = expr(static_cast<G::GoStmtContext*>(c)->expr());
      break;
    case G::RuleDeferStmt:
      n = newNode(ODEFER, p);
      n->left = expr(static_cast<G::DeferStmtContext*>(c)->expr());
      break;
    case G::RuleReturnStmt:
      n = newNode(ORETURN, p);
      n->list = exprList(static_cast<G::ReturnStmtContext*>(c)->exprList());
      break;
    case G::RuleBreakStmt:
      n = newNode(OBREAK, p);
      if (auto* id = static_cast<G::BreakStmtContext*>(c)->IDENT()) n->name = id->getText();
      break;
    case G::RuleContinueStmt:
      n = newNode(OCONTINUE, p);
      if (auto* id = static_cast<G::ContinueStmtContext*>(c)->IDENT()) n->name = id->getText();
      break;
    case G::RuleGotoStmt:
      n = newNode(OGOTO, p);
      if (auto* id = static_cast<G::GotoStmtContext*>(c)->IDENT()) n->name = id->getText();
      break;
    case G::RuleFallthroughStmt:
      n = newNode(OFALL, p);
      break;
    case G::RuleBlock:
      n = newNode(OBLOCK, p);
      n->list = block(static_cast<G::BlockContext*>(c));
      break;
    case G::RuleIfStmt:
      n = ifStmt(static_cast<G::IfStmtContext*>(c));
      break;
    case G::RuleSwitchStmt:
      n = switchStmt(static_cast<G::SwitchStmtContext*>(c));
      break;
    case G::RuleSelectStmt:
      n = selectStmt(static_cast<G::SelectStmtContext*>(c));
      break;
    case G::RuleForStmt:
      n = forStmt(static_cast<G::ForStmtContext*>(c));
      break;
    default:
      break;
  }
  if (n) out.push_back(n);
}

// Both SimpleStmt and SimpleStmtNL: exprList [op ...] or `range x`.
Node* Builder::simpleStmt(ParserRuleContext* ctx) {
  if (!ctx || ctx->children.empty()) return nullptr;
  auto& ch = ctx->children;
  Pos p = pos(ctx);
  if (ttype(ch[0]) == GoLexer::RANGE) {  // for range x
    Node* n = newNode(ORANGE, p);
    if (ch.size() > 1) n->right = expr(ch[1]);
    return n;
  }
  std::vector<Node*> lhs = exprList(ch[0]);
  if (ch.size() == 1) {
    if (lhs.size() != 1 && ctx->getStop()) {
      // gc: an expression list must be followed by an assignment.
      size_t i = ctx->getStop()->getTokenIndex() + 1;
      if (i < tokens_->size())
        error(pm_.of(tokens_->get(i)), "syntax error: unexpected " + tokenDescription(tokens_->get(i)) +
                                           ", expecting := or = or comma");
    }
    Node* n = newNode(OEXPRSTMT, p);
    n->left = lhs[0];
    return n;
  }
  TerminalNode* op = term(ch[1]);
  size_t opType = op ? op->getSymbol()->getType() : 0;
  Node* first = lhs.empty() ? nullptr : lhs[0];
  switch (opType) {
    case GoLexer::ARROW: {
      Node* n = newNode(OSEND, p);
      n->left = first;
      n->right = ch.size() > 2 ? expr(ch[2]) : nullptr;
      return n;
    }
    case GoLexer::INC:
    case GoLexer::DEC: {
      Node* n = newNode(opType == GoLexer::INC ? OINC : ODEC, p);
      n->left = first;
      return n;
    }
    case GoLexer::ASSIGN_OP: {
      Node* n = newNode(OASOP, p);
      std::string o = op->getText();
      o.pop_back();
      static const std::pair<const char*, Op> ops[] = {
          {"+", OADD}, {"-", OSUB}, {"*", OMUL}, {"/", ODIV}, {"%", OMOD}, {"&", OAND},
          {"|", OOR}, {"^", OXOR}, {"<<", OLSH}, {">>", ORSH}, {"&^", OANDNOT}};
      for (auto& [s, k] : ops)
        if (o == s) n->subop = k;
      if (lhs.size() != 1) error(pos(op), "syntax error: unexpected " + op->getText() + ", expecting := or = or comma");
      n->left = first;
      std::vector<Node*> rhs = ch.size() > 2 ? exprList(ch[2]) : std::vector<Node*>{};
      n->right = rhs.empty() ? nullptr : rhs[0];
      return n;
    }
    case GoLexer::ASSIGN:
    case GoLexer::DEFINE: {
      bool colas = opType == GoLexer::DEFINE;
      if (ch.size() > 2 && ttype(ch[2]) == GoLexer::RANGE) {
        Node* n = newNode(ORANGE, p);
        n->list = lhs;
        n->colas = colas;
        if (ch.size() > 3) n->right = expr(ch[3]);
        return n;
      }
      std::vector<Node*> rhs = ch.size() > 2 ? exprList(ch[2]) : std::vector<Node*>{};
      if (lhs.size() == 1 && rhs.size() == 1) {
        Node* n = newNode(OAS, p);
        n->left = lhs[0];
        n->right = rhs[0];
        n->colas = colas;
        return n;
      }
      Node* n = newNode(OAS2, p);
      n->list = lhs;
      n->rlist = rhs;
      n->colas = colas;
      return n;
    }
    default:
      return nullptr;
  }
}

// The condition of an if/for header must be an expression statement (gc's header()).
Node* Builder::headerCond(ParserRuleContext* stmtCtx, Node* s) {
  if (!s) return nullptr;
  if (s->op == OEXPRSTMT) return s->left;
  // gc reports at the statement's operator (or start) position.
  Pos p = s->pos;
  if (stmtCtx && stmtCtx->children.size() > 1) p = pos(term(stmtCtx->children[1]));
  std::string str = syntaxString(s);
  // gc parenthesises both sides of a plain assignment to highlight the '='.
  auto join = [](const std::vector<Node*>& l) {
    std::string r;
    for (size_t i = 0; i < l.size(); i++) r += (i ? ", " : "") + syntaxString(l[i]);
    return r;
  };
  if (s->op == OAS && !s->colas) str = "assignment (" + syntaxString(s->left) + ") = (" + syntaxString(s->right) + ")";
  if (s->op == OAS2 && !s->colas) str = "assignment (" + join(s->list) + ") = (" + join(s->rlist) + ")";
  error(p, "syntax error: cannot use " + str + " as value");
  return nullptr;
}

namespace {
struct Header {
  ParserRuleContext* a = nullptr;  // simple statement before the first ';' (or the only one)
  Token* semi = nullptr;           // the first ';'
  ParserRuleContext* b = nullptr;  // after the first ';'
  Token* semi2 = nullptr;
  ParserRuleContext* c = nullptr;  // after the second ';' (for post)
};

Header splitHeader(ParserRuleContext* h) {
  Header r;
  if (!h) return r;
  int part = 0;
  for (auto* c : h->children) {
    if (auto* t = dynamic_cast<TerminalNode*>(c)) {
      if (t->getSymbol()->getType() == GoLexer::SEMI) {
        if (part == 0) r.semi = t->getSymbol();
        else r.semi2 = t->getSymbol();
        part++;
      }
      continue;
    }
    auto* rc = dynamic_cast<ParserRuleContext*>(c);
    if (!rc) continue;
    (part == 0 ? r.a : part == 1 ? r.b : r.c) = rc;
  }
  return r;
}
}  // namespace

Node* Builder::ifStmt(G::IfStmtContext* ctx) {
  Node* n = newNode(OIF, pos(ctx));
  Header h = splitHeader(ctx->header());
  ParserRuleContext* condCtx = h.semi ? h.b : h.a;
  if (h.semi && h.a) {
    if (Node* init = simpleStmt(h.a)) n->init.push_back(init);
  }
  Node* cs = simpleStmt(condCtx);
  if (cs) {
    n->cond = headerCond(condCtx, cs);
  } else if (h.semi) {
    if (h.semi->getText() == ";") error(pm_.of(h.semi), "syntax error: missing condition in if statement");
    else error(pm_.of(h.semi), "syntax error: unexpected newline, expecting { after if clause");
  } else {
    auto blocks = ctx->block();
    error(blocks.empty() ? pos(ctx) : pos(blocks[0]), "syntax error: missing condition in if statement");
  }
  auto blocks = ctx->block();
  if (!blocks.empty()) n->body = block(blocks[0]);
  if (ctx->ELSE()) {
    if (ctx->ifStmt()) {
      n->rlist.push_back(ifStmt(ctx->ifStmt()));
    } else if (blocks.size() > 1) {
      Node* b = newNode(OBLOCK, pos(blocks[1]));
      b->list = block(blocks[1]);
      n->rlist.push_back(b);
    }
  }
  return n;
}

Node* Builder::switchStmt(G::SwitchStmtContext* ctx) {
  Node* n = newNode(OSWITCH, pos(ctx));
  Header h = splitHeader(ctx->header());
  ParserRuleContext* tagCtx = h.semi ? h.b : h.a;
  if (h.semi && h.a) {
    if (Node* init = simpleStmt(h.a)) n->init.push_back(init);
  }
  if (Node* s = simpleStmt(tagCtx)) {
    // x := y.(type) or y.(type): a type switch guard.
    auto isGuard = [](Node* e) { return e && e->op == ODOTTYPE && !e->right; };
    if (s->op == OEXPRSTMT && isGuard(s->left)) {
      Node* g = newNode(OTYPESW, s->pos);
      g->left = s->left->left;
      n->left = g;
    } else if (s->op == OAS && s->colas && isGuard(s->right) && s->left && s->left->op == ONONAME) {
      Node* g = newNode(OTYPESW, s->pos);
      g->left = s->right->left;
      g->name = s->left->name;
      n->left = g;
    } else {
      n->left = headerCond(tagCtx, s);
    }
  }
  for (auto* cc : ctx->caseClause()) {
    Node* c = newNode(OCASE, pos(cc));
    if (cc->CASE()) c->list = exprList(cc->exprList());
    stmtList(cc->stmtList(), c->body);
    n->list.push_back(c);
  }
  return n;
}

Node* Builder::selectStmt(G::SelectStmtContext* ctx) {
  Node* n = newNode(OSELECT, pos(ctx));
  for (auto* cc : ctx->commClause()) {
    Node* c = newNode(OCASE, pos(cc));
    if (cc->CASE()) c->left = simpleStmt(cc->simpleStmt());
    stmtList(cc->stmtList(), c->body);
    n->list.push_back(c);
  }
  return n;
}

Node* Builder::forStmt(G::ForStmtContext* ctx) {
  Pos p = pos(ctx);
  Header h = splitHeader(ctx->forHeader());
  std::vector<Node*> body = block(ctx->block());
  if (!h.semi) {
    Node* s = simpleStmt(h.a);
    if (s && s->op == ORANGE) {
      s->pos = p;
      s->body = std::move(body);
      return s;
    }
    Node* n = newNode(OFOR, p);
    n->cond = headerCond(h.a, s);
    n->body = std::move(body);
    return n;
  }
  Node* n = newNode(OFOR, p);
  if (Node* init = simpleStmt(h.a)) {
    if (init->op == ORANGE) error(init->pos, "syntax error: unexpected range, expecting expression");
    n->init.push_back(init);
  }
  n->cond = headerCond(h.b, simpleStmt(h.b));
  if (Node* post = simpleStmt(h.c)) {
    if ((post->op == OAS || post->op == OAS2) && post->colas)
      error(pos(term(h.c->children.size() > 1 ? h.c->children[1] : nullptr)),
            "syntax error: cannot declare in post statement of for loop");
    n->right = post;
  }
  n->body = std::move(body);
  return n;
}

// ---------------------------------------------------------------- expressions

std::vector<Node*> Builder::exprList(ParseTree* t) {
  std::vector<Node*> out;
  auto* r = rule(t);
  if (!r) return out;
  for (auto* c : r->children)
    if (rule(c)) out.push_back(expr(c));
  return out;
}

Node* Builder::expr(ParseTree* t) {
  auto* r = rule(t);
  if (!r) return nullptr;
  switch (r->getRuleIndex()) {
    case G::RuleExpr: case G::RuleAndExpr: case G::RuleRelExpr: case G::RuleAddExpr: case G::RuleMulExpr:
    case G::RuleExprNL: case G::RuleAndExprNL: case G::RuleRelExprNL: case G::RuleAddExprNL: case G::RuleMulExprNL:
      return binary(r);
    case G::RuleUnaryExpr: case G::RuleUnaryExprNL:
      return unary(r);
    case G::RulePrimaryExpr: case G::RulePrimaryExprNL:
      return primary(r);
    case G::RuleOperand:
      return operand(static_cast<G::OperandContext*>(r));
    case G::RuleLiteralType:
      return typeLit(r->children.empty() ? nullptr : rule(r->children[0]));
    case G::RuleType_:
      return type(static_cast<G::Type_Context*>(r));
    case G::RuleElemValue:
      if (auto* lv = static_cast<G::ElemValueContext*>(r)->literalValue()) return literalValue(nullptr, lv, pos(lv));
      return expr(static_cast<G::ElemValueContext*>(r)->expr());
    default:
      return nullptr;
  }
}

Op binaryOp(size_t tokType) {
  switch (tokType) {
    case GoLexer::OROR: return OOROR;
    case GoLexer::ANDAND: return OANDAND;
    case GoLexer::EQL: return OEQ;
    case GoLexer::NEQ: return ONE;
    case GoLexer::LSS: return OLT;
    case GoLexer::LEQ: return OLE;
    case GoLexer::GTR: return OGT;
    case GoLexer::GEQ: return OGE;
    case GoLexer::PLUS: return OADD;
    case GoLexer::MINUS: return OSUB;
    case GoLexer::OR: return OOR;
    case GoLexer::CARET: return OXOR;
    case GoLexer::STAR: return OMUL;
    case GoLexer::DIV: return ODIV;
    case GoLexer::MOD: return OMOD;
    case GoLexer::SHL: return OLSH;
    case GoLexer::SHR: return ORSH;
    case GoLexer::AMPERSAND: return OAND;
    case GoLexer::ANDNOT: return OANDNOT;
    default: return OXXX;
  }
}

// x op y op z ...: left-associative.
Node* Builder::binary(ParserRuleContext* ctx) {
  auto& ch = ctx->children;
  if (ch.empty()) return nullptr;
  Node* x = expr(ch[0]);
  for (size_t i = 1; i + 1 < ch.size(); i += 2) {
    Node* n = newNode(binaryOp(ttype(ch[i])), x ? x->pos : pos(term(ch[i])));
    n->left = x;
    n->right = expr(ch[i + 1]);
    x = n;
  }
  return x;
}

Node* Builder::unary(ParserRuleContext* ctx) {
  auto& ch = ctx->children;
  if (ch.size() == 1) return expr(ch[0]);
  if (ch.size() < 2) return nullptr;
  Pos p = pos(term(ch[0]));
  Node* x = expr(ch[1]);
  Op op = OXXX;
  switch (ttype(ch[0])) {
    case GoLexer::PLUS: op = OPLUS; break;
    case GoLexer::MINUS: op = ONEG; break;
    case GoLexer::NOT: op = ONOT; break;
    case GoLexer::CARET: op = OBITNOT; break;
    case GoLexer::STAR: op = ODEREF; break;
    case GoLexer::AMPERSAND: op = OADDR; break;
    case GoLexer::ARROW:
      // <-chan T in expression position is a channel type, not a receive.
      if (x && x->op == OTCHAN && x->chanDir == CDBoth) {
        x->chanDir = CDRecv;
        x->pos = p;
        return x;
      }
      op = ORECV;
      break;
    default: break;
  }
  Node* n = newNode(op, p);
  n->left = x;
  return n;
}

Node* Builder::primary(ParserRuleContext* ctx) {
  auto& ch = ctx->children;
  if (ch.empty()) return nullptr;
  Node* x = expr(ch[0]);
  for (size_t i = 1; i < ch.size(); i++) {
    auto* r = rule(ch[i]);
    if (!r) continue;
    if (r->getRuleIndex() == G::RuleLiteralValue) {  // NL chain: []T{...}
      x = literalValue(x, static_cast<G::LiteralValueContext*>(r), x ? x->pos : pos(r));
      continue;
    }
    x = postfix(x, r);
  }
  return x;
}

Node* Builder::postfix(Node* x, ParserRuleContext* ctx) {
  if (ctx->children.empty()) return x;
  auto* r = rule(ctx->children[0]);
  if (!r) return x;
  Pos p = x ? x->pos : pos(r);
  switch (r->getRuleIndex()) {
    case G::RuleSelector: {
      auto* s = static_cast<G::SelectorContext*>(r);
      if (s->IDENT()) {
        Node* n = newNode(OXDOT, p);
        n->left = x;
        n->name = s->IDENT()->getText();
        return n;
      }
      Node* n = newNode(ODOTTYPE, p);  // right == nullptr: x.(type)
      n->left = x;
      if (s->type_()) n->right = type(s->type_());
      return n;
    }
    case G::RuleIndex:
      return index(x, static_cast<G::IndexContext*>(r));
    case G::RuleArguments: {
      auto* a = static_cast<G::ArgumentsContext*>(r);
      Node* n = newNode(OCALL, p);
      n->left = x;
      n->list = exprList(a->exprList());
      n->isDDD = a->ELLIPSIS() != nullptr;
      return n;
    }
    case G::RuleLiteralValue:
      return literalValue(x, static_cast<G::LiteralValueContext*>(r), p);
    default:
      return x;
  }
}

Node* Builder::index(Node* x, G::IndexContext* ctx) {
  Pos p = x ? x->pos : pos(ctx);
  // Walk the children: expressions separated by ':' (slice) or ',' (instantiation).
  std::vector<Node*> parts(1, nullptr);
  int colons = 0, commas = 0;
  for (auto* c : ctx->children) {
    size_t tt = ttype(c);
    if (tt == GoLexer::COLON) {
      colons++;
      parts.push_back(nullptr);
    } else if (tt == GoLexer::COMMA) {
      commas++;
      parts.push_back(nullptr);
    } else if (rule(c)) {
      parts.back() = expr(c);
    }
  }
  if (colons > 0) {
    Node* n = newNode(colons == 2 ? OSLICE3 : OSLICE, p);
    n->left = x;
    n->list = parts;
    if (colons == 2) {
      if (!parts[1]) error(pos(ctx->RBRACK()), "syntax error: middle index required in 3-index slice");
      else if (!parts[2]) error(pos(ctx->RBRACK()), "syntax error: final index required in 3-index slice");
    }
    return n;
  }
  if (!parts.empty() && !parts.back() && commas > 0) parts.pop_back();  // trailing comma
  if (parts.size() == 1) {
    if (!parts[0]) error(pos(ctx->RBRACK()), "syntax error: unexpected ], expecting operand");
    Node* n = newNode(OINDEX, p);
    n->left = x;
    n->right = parts[0];
    return n;
  }
  Node* n = newNode(OTINST, p);
  n->left = x;
  n->list = parts;
  return n;
}

Node* Builder::literalValue(Node* type, G::LiteralValueContext* ctx, Pos p) {
  Node* n = newNode(OCOMPLIT, p);
  n->right = type;
  for (auto* e : ctx->element()) {
    auto vs = e->elemValue();
    if (vs.size() == 2) {
      Node* k = newNode(OKEY, pos(vs[0]));
      k->left = expr(vs[0]);
      k->right = expr(vs[1]);
      n->list.push_back(k);
    } else if (vs.size() == 1) {
      n->list.push_back(expr(vs[0]));
    }
  }
  return n;
}

Node* Builder::literal(Token* t) {
  Node* n = newNode(OLITERAL, pm_.of(t));
  const std::string& text = t->getText();
  n->name = text;  // source text: rune literals type as untyped rune; errors quote it
  Constant::LitKind kind = Constant::IntLit;
  switch (t->getType()) {
    case GoLexer::RUNE_LIT: kind = Constant::RuneLit; break;
    case GoLexer::STRING_LIT: case GoLexer::RAW_STRING_LIT: kind = Constant::StringLit; break;
    default: {
      bool hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
      if (!text.empty() && text.back() == 'i') kind = Constant::ImagLit;
      else if (text.find('.') != std::string::npos) kind = Constant::FloatLit;
      else if (hex ? text.find_first_of("pP") != std::string::npos : (text.size() < 2 || (text[1] != 'b' && text[1] != 'B' && text[1] != 'o' && text[1] != 'O')) && text.find_first_of("eE") != std::string::npos)
        kind = Constant::FloatLit;
      break;
    }
  }
  std::string err;
  n->val = Constant::fromLiteral(kind, text, &err);
  size_t off = 0;
  // The token source already reported what gc's scanner finds, at its position.
  if (!err.empty() && checkLiteral(t->getType(), text, &off).empty()) error(n->pos, err);
  return n;
}

Node* Builder::funcLit(G::OperandContext* ctx) {
  Pos p = pos(ctx);
  Node* n = newNode(OFUNCLIT, p);
  Func* fn = newFunc();
  fn->decl = n;
  fn->pos = p;
  fn->outer = curFn_;
  n->func = fn;
  n->right = signature(ctx->signature(), p);
  Func* saved = curFn_;
  curFn_ = fn;
  fn->body = block(ctx->block());
  fn->endPos = pos(ctx->block()->RBRACE());
  curFn_ = saved;
  return n;
}

Node* Builder::operand(G::OperandContext* ctx) {
  if (ctx->children.empty()) return nullptr;
  ParseTree* c0 = ctx->children[0];
  if (auto* t = term(c0)) {
    Token* tok = t->getSymbol();
    switch (tok->getType()) {
      case GoLexer::NUMBER: case GoLexer::RUNE_LIT: case GoLexer::STRING_LIT: case GoLexer::RAW_STRING_LIT:
        return literal(tok);
      case GoLexer::IDENT:
        return ident(t, pm_.of(tok));
      case GoLexer::LPAREN: {
        Node* n = newNode(OPAREN, pm_.of(tok));
        n->left = expr(ctx->expr());
        return n;
      }
      case GoLexer::FUNC:
        if (ctx->block()) return funcLit(ctx);
        return signature(ctx->signature(), pm_.of(tok));
      case GoLexer::CHAN: {
        Node* n = newNode(OTCHAN, pm_.of(tok));
        n->left = type(ctx->type_());
        if (ctx->ARROW()) n->chanDir = CDSend;
        return n;
      }
      default:
        return nullptr;
    }
  }
  return typeLit(rule(c0));
}

}  // namespace

void buildAst(G::SourceFileContext* tree, antlr4::TokenStream* tokens, const PosMap& pm, Package* pkg,
              std::vector<Diagnostic>& errs) {
  if (!tree) return;
  Builder b(tokens, pm, pkg, errs);
  b.sourceFile(tree);
}

}  // namespace minigo
