// typecheck_stmt.cpp — statements: blocks and scopes, if/for/range/switch/
// type switch/select, return, go/defer, send, inc/dec and op-assignment,
// labels and branch statements, and the spec's terminating-statement rules
// (for "missing return").
#include <functional>

#include "frontend/typecheck.h"

namespace minigo::tc {

static Type* under(Type* t) { return t && t->underlying ? t->underlying : t; }

void Checker::stmtList(std::vector<Node*>& list) {
  std::vector<Node*> out;
  out.reserve(list.size());
  for (Node* s : list) stmt(s, out);
  list = std::move(out);
}

void Checker::block(std::vector<Node*>& list) {
  pushScope();
  stmtList(list);
  popScope();
}

static bool isCallOp(Op op) {
  switch (op) {
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case OPANIC: case OPRINT: case OPRINTN: case OCOPY:
    case ODELETE: case OCLOSE: case ORECOVER:
      return true;
    default:
      return false;
  }
}

void Checker::stmt(Node* n, std::vector<Node*>& out) {
  if (!n) return;
  switch (n->op) {
    case OEMPTY:
      out.push_back(n);
      return;
    case OEXPRSTMT: {
      expr(n->left);
      Node* x = n->left;
      if (x->type != tInvalid && !isCallOp(x->op) && x->op != ORECV) {
        if (x->op == OTYPE || (x->op == ONAME && x->name_ && x->name_->kind == ObjKind::Builtin)) value(n->left);
        else if (x->type == tNoValue) {
        } else {
          error(x->pos, operandString(x) + " is not used");
        }
      }
      out.push_back(n);
      return;
    }
    case OAS: assignStmt(n, out); return;
    case OAS2: assign2(n, out); return;
    case OASOP:
    case OINC:
    case ODEC: {
      if (n->op != OASOP) {
        Node* one = newNode(OLITERAL, n->pos);
        one->val = Constant::makeInt64(1);
        one->name = "1";
        n->subop = n->op == OINC ? OADD : OSUB;
        n->right = one;
        expr(n->left);
        if (n->left->type != tInvalid && !under(n->left->type)->isNumeric()) {
          error(n->pos, "invalid operation: " + exprString(n->left) + (n->op == OINC ? "++" : "--") +
                            " (non-numeric type " + typeStringForError(n->left->type) + ")");
          n->op = OASOP;
          out.push_back(n);
          return;
        }
        n->op = OASOP;
      }
      expr(n->left);
      if (n->left->type != tInvalid && !addressable(n->left) && n->left->op != OINDEXMAP) {
        error(n->left->pos, "cannot assign to " + operandString(n->left));
        out.push_back(n);
        return;
      }
      markReassignedLhs(n->left);
      Node* tmp = newNode(n->subop, n->pos);
      tmp->left = n->left;
      tmp->right = n->right;
      binary(tmp);
      if (tmp->op != OLITERAL && tmp->op != OADDSTR && tmp->right) n->right = tmp->right;
      else if (tmp->op == OADDSTR && tmp->list.size() == 2) n->right = tmp->list[1];
      else if (tmp->op == OADDSTR && tmp->list.size() > 2) {
        // x += a + b: binary flattened x + a + b; the right side is a + b.
        Node* r = newNode(OADDSTR, n->right->pos);
        r->list.assign(tmp->list.begin() + 1, tmp->list.end());
        r->type = tmp->type;
        n->right = r;
      }
      if (n->right->type && n->right->type->isUntyped()) convertUntyped(n->right, n->left->type);
      n->type = nullptr;
      out.push_back(n);
      return;
    }
    case OVARDEF: localVarDecl(n, out); return;
    case ODCLCONST:
      localConstDecl(n);
      out.push_back(n);
      return;
    case ODCLTYPE:
      localTypeDecl(n);
      out.push_back(n);
      return;
    case OBLOCK:
      block(n->list);
      out.push_back(n);
      return;
    case OIF: ifStmt(n); out.push_back(n); return;
    case OFOR: forStmt(n, ""); out.push_back(n); return;
    case ORANGE: rangeStmt(n, ""); out.push_back(n); return;
    case OSWITCH:
      if (n->left && n->left->op == OTYPESW) typeSwitch(n, "");
      else switchStmt(n, "");
      out.push_back(n);
      return;
    case OSELECT: selectStmt(n, ""); out.push_back(n); return;
    case ORETURN:
      returnStmt(n);
      // return f(): the temporaries' assignment runs as its own statement first.
      out.insert(out.end(), n->init.begin(), n->init.end());
      n->init.clear();
      out.push_back(n);
      return;
    case OBREAK: case OCONTINUE: case OGOTO: branchStmt(n); out.push_back(n); return;
    case OFALL:
      if (!n->typechecked) error(n->pos, inTypeSwitch ? "cannot fallthrough in type switch" : "fallthrough statement out of place");
      out.push_back(n);
      return;
    case OLABEL: {
      Node* s = n->left;
      if (s) {
        switch (s->op) {
          case OFOR: forStmt(s, n->name); break;
          case ORANGE: rangeStmt(s, n->name); break;
          case OSWITCH:
            if (s->left && s->left->op == OTYPESW) typeSwitch(s, n->name);
            else switchStmt(s, n->name);
            break;
          case OSELECT: selectStmt(s, n->name); break;
          default: {
            std::vector<Node*> sub;
            stmt(s, sub);
            if (sub.size() == 1) n->left = sub[0];
            else {
              Node* b = newNode(OBLOCK, s->pos);
              b->list = sub;
              n->left = b;
            }
          }
        }
      }
      out.push_back(n);
      return;
    }
    case OGO:
    case ODEFER: {
      const char* what = n->op == OGO ? "go" : "defer";
      if (n->op == ODEFER && curfn) curfn->hasDefer = true;
      Node* c = n->left;
      while (c && c->op == OPAREN) c = c->left;
      n->left = c;
      if (!c || c->op != OCALL) {
        if (c) expr(n->left);
        error(c ? c->pos : n->pos, std::string("expression in ") + what + " must be function call");
        out.push_back(n);
        return;
      }
      expr(n->left);
      c = n->left;
      if (c->type == tInvalid) {
        out.push_back(n);
        return;
      }
      if (c->op == OCONV || c->op == OCONVNOP || c->op == OCONVIFACE || c->op == OLITERAL || c->op == ORUNESTR ||
          c->op == OBYTES2STR || c->op == ORUNES2STR || c->op == OSTR2BYTES || c->op == OSTR2RUNES) {
        error(n->pos, std::string(what) + " requires function call, not conversion");
      } else if (!isCallOp(c->op)) {
        error(c->pos, std::string(what) + " discards result of " + operandString(c));
      }
      out.push_back(n);
      return;
    }
    case OSEND: {
      value(n->left);
      Node* ch = n->left;
      if (ch->type == tInvalid) {
        value(n->right);
        out.push_back(n);
        return;
      }
      Type* u = under(ch->type);
      if (u->kind != TCHAN) {
        value(n->right);
        error(n->pos, "invalid operation: cannot send to non-channel " + operandString(ch));
      } else if (u->chanDir == CDRecv) {
        value(n->right);
        error(n->pos, "invalid operation: cannot send to receive-only channel " + operandString(ch));
      } else {
        value(n->right, u->elem);
        assign(n->right, u->elem, "send");
      }
      out.push_back(n);
      return;
    }
    default:
      error(n->pos, std::string("minigo: unexpected statement ") + opName(n->op));
      out.push_back(n);
      return;
  }
}

Node* outerValue(Node* n);  // typecheck_assign.cpp

void Checker::markReassignedLhs(Node* n) {
  n = outerValue(n);
  if (n && n->op == ONAME && n->name_)
    for (Name* v = n->name_; v; v = v->outer) v->reassigned = true;
}

static void condition(Checker* c, Node*& cond, const char* where) {
  c->value(cond);
  if (cond->type == tInvalid) return;
  if (!under(cond->type)->isBoolean()) {
    c->error(cond->pos, std::string("non-boolean condition in ") + where + " statement");
    return;
  }
  c->defaultType(cond);
}

void Checker::ifStmt(Node* n) {
  pushScope();
  stmtList(n->init);
  if (n->cond) condition(this, n->cond, "if");
  block(n->body);
  if (!n->rlist.empty()) {
    Node* e = n->rlist[0];
    if (e->op == OIF) ifStmt(e);
    else if (e->op == OBLOCK) block(e->list);
  }
  popScope();
}

void Checker::forStmt(Node* n, const std::string& label) {
  pushScope();
  stmtList(n->init);
  if (n->cond) condition(this, n->cond, "for");
  if (n->right) {
    if ((n->right->op == OAS || n->right->op == OAS2) && n->right->colas)
      error(n->right->pos, "cannot declare in post statement of for loop");
    std::vector<Node*> post;
    stmt(n->right, post);
    n->right = post.empty() ? nullptr : post.back();
  }
  targets.push_back({n, label, true, false});
  block(n->body);
  targets.pop_back();
  popScope();
}

void Checker::rangeStmt(Node* n, const std::string& label) {
  pushScope();
  value(n->right);
  Node* x = n->right;
  Type* kt = tInvalid;
  Type* vt = tInvalid;
  size_t maxVars = 2;
  if (x->type != tInvalid) {
    if (x->type->isUntyped() && x->type->isString()) defaultType(n->right);
    x = n->right;
    Type* u = under(x->type);
    if (u->kind == TPTR && under(u->elem)->kind == TARRAY) u = under(u->elem);
    switch (u->kind) {
      case TSTRING: kt = types::Int; vt = types::Rune; break;
      case TARRAY: case TSLICE: kt = types::Int; vt = u->elem; break;
      case TMAP: kt = u->key; vt = u->elem; break;
      case TCHAN:
        kt = u->elem;
        maxVars = 1;
        if (u->chanDir == CDSend) {
          error(x->pos, "invalid operation: range " + exprString(x) + " receive from send-only channel " +
                            typeStringForError(x->type));
        }
        break;
      default:
        error(x->pos, "cannot range over " + operandString(x));
        break;
    }
  }
  if (n->list.size() > 2) {
    error(n->list[2]->pos, "range clause permits at most two iteration variables");
  } else if (n->list.size() > maxVars) {
    error(n->list[maxVars]->pos, "range over " + operandString(x) + " permits only one iteration variable");
  }
  Type* ts[2] = {kt, vt};
  if (n->colas) {
    std::vector<Node*> dcls;
    bool anyNew = false;
    for (size_t i = 0; i < n->list.size() && i < 2; i++) {
      Node* id = n->list[i];
      if (!id || id->op != ONONAME) {
        if (id) error(id->pos, "non-name " + exprString(id) + " on left side of :=");
        continue;
      }
      if (id->name != "_") anyNew = true;
      Name* v = declareLocal(id, ts[i], dcls);
      if (v && i == 1 && ts[1] == types::Rune && x->type != tInvalid && under(x->type)->isString()) aliasOf[v] = "rune";
      markReassignedLhs(id);  // one variable per loop, assigned every iteration (Go 1.19)
    }
    if (!anyNew && !n->list.empty()) error(n->pos, "no new variables on left side of :=");
  } else {
    for (size_t i = 0; i < n->list.size() && i < 2; i++) {
      Node*& l = n->list[i];
      if (!l) continue;
      lhsExpr(l);
      if (l->op == ONAME && l->name_ == blank) {
        l->type = ts[i];
        continue;
      }
      if (l->type != tInvalid && ts[i] != tInvalid && !assignableTo(ts[i], nullptr, l->type, nullptr))
        error(l->pos, "cannot use " + exprString(l) + " (value of type " + typeStringForError(ts[i]) + ") as type " +
                          typeStringForError(l->type) + " in assignment");
    }
  }
  targets.push_back({n, label, true, false});
  block(n->body);
  targets.pop_back();
  popScope();
}

void Checker::switchStmt(Node* n, const std::string& label) {
  pushScope();
  stmtList(n->init);
  Type* tagType = types::Bool;
  if (n->left) {
    value(n->left);
    if (n->left->type == types::UntypedNil) {
      error(n->left->pos, "use of untyped nil in switch expression");
      n->left->type = tInvalid;
    }
    defaultType(n->left);
    tagType = n->left->type;
    // func/map/slice tags are allowed: their cases may only be nil (checked per case).
    Type* tu = tagType == tInvalid ? nullptr : under(tagType);
    bool nilOnly = tu && (tu->kind == TFUNC || tu->kind == TMAP || tu->kind == TSLICE);
    if (tagType != tInvalid && !comparable(tagType) && !nilOnly) {
      error(n->left->pos, "cannot switch on " + operandString(n->left));
      tagType = tInvalid;
    }
  }
  Node* sawDefault = nullptr;
  std::vector<std::pair<Node*, Constant>> seen;
  targets.push_back({n, label, false, true});
  for (size_t ci = 0; ci < n->list.size(); ci++) {
    Node* c = n->list[ci];
    if (c->list.empty()) {
      if (sawDefault) error(c->pos, "multiple defaults (first at " + posString(sawDefault) + ")");
      else sawDefault = c;
    }
    for (Node*& v : c->list) {
      value(v);
      if (v->type == tInvalid || tagType == tInvalid) continue;
      if (!n->left) {
        if (!under(v->type)->isBoolean()) {
          if (v->type->isUntyped() && v->op == OLITERAL)
            error(v->pos, "cannot convert " + operandString(v) + " to bool");
          else
            error(v->pos, "invalid case " + exprString(v) + " in switch (mismatched types " +
                              typeStringForError(v->type) + " and bool)");
          continue;
        }
        defaultType(v);
      } else {
        // Same rules as tag == v.
        bool caseIsNil = v->type == types::UntypedNil;
        Node* tagCopy = n->left;
        Node* tmp = newNode(OEQ, v->pos);
        tmp->left = tagCopy;
        tmp->right = v;
        if (v->type->isUntyped()) {
          if (v->type == types::UntypedNil) {
            if (!assignableTo(v->type, v, tagType, nullptr)) {
              error(v->pos, "invalid case " + exprString(v) + " in switch on " + exprString(n->left) +
                                " (mismatched types untyped nil and " + typeStringForError(tagType) + ")");
              continue;
            }
            v->type = tagType;
          } else {
            Constant out;
            std::string why;
            if (v->op == OLITERAL && under(tagType)->kind != TINTER && !representable(v, tagType, &out, &why)) {
              if (why.empty())
                error(v->pos, "cannot convert " + operandString(v) + " to " + typeStringForError(tagType));
              else
                error(v->pos, "cannot use " + operandString(v) + " as " + typeStringForError(tagType) +
                                  " value in switch case (" + why + ")");
              continue;
            }
            if (under(tagType)->kind == TINTER) defaultType(v);
            else convertUntyped(v, tagType);
          }
        } else if (!assignableTo(v->type, v, tagType, nullptr) && !assignableTo(tagType, n->left, v->type, nullptr)) {
          error(v->pos, "invalid case " + exprString(v) + " in switch on " + exprString(n->left) + " (mismatched types " +
                            typeStringForError(v->type) + " and " + typeStringForError(tagType) + ")");
          continue;
        }
        if (!caseIsNil) {
          Type* tk = under(tagType);
          if (tk->kind == TFUNC || tk->kind == TMAP || tk->kind == TSLICE) {
            const char* what = tk->kind == TFUNC ? "func" : tk->kind == TMAP ? "map" : "slice";
            error(v->pos, "invalid case " + exprString(v) + " in switch on " + exprString(n->left) + " (" + what +
                              " can only be compared to nil)");
            continue;
          }
        }
        if (under(tagType)->kind == TINTER && under(v->type)->kind != TINTER) wrapIface(v, tagType);
      }
      // As types2 (goVal): only integer, float and string constants are checked for duplicates.
      if (v->op == OLITERAL && !under(v->type)->isBoolean()) {
        for (auto& [prev, val] : seen)
          if (identical(prev->type, v->type) && prev->val.kind() == v->val.kind() &&
              Constant::compare(val, ConstOp::Eql, v->val)) {
            error(v->pos, "duplicate case " + operandString(v) + " in expression switch\n\t" + diags.filename() + ":" +
                              std::to_string(prev->pos.line) + ":" + std::to_string(prev->pos.col) + ": previous case");
            break;
          }
        seen.push_back({v, v->val});
      }
    }
    if (!c->body.empty() && c->body.back()->op == OFALL) {
      if (ci + 1 < n->list.size()) c->body.back()->typechecked = true;
      else {
        error(c->body.back()->pos, "cannot fallthrough final case in switch");
        c->body.back()->typechecked = true;
      }
    }
    bool savedTS = inTypeSwitch;
    inTypeSwitch = false;
    block(c->body);
    inTypeSwitch = savedTS;
  }
  targets.pop_back();
  popScope();
}

bool mentionsTypeParam(Checker* c, Node* n);  // typecheck_generic.cpp

void Checker::typeSwitch(Node* n, const std::string& label) {
  pushScope();
  stmtList(n->init);
  Node* g = n->left;
  value(g->left);
  Node* x = g->left;
  Type* xt = x->type;
  if (xt != tInvalid && under(xt)->kind != TINTER) {
    error(x->pos, operandString(x) + " is not an interface");
    xt = tInvalid;
  }
  std::vector<Name*> vars;
  Node* sawDefault = nullptr;
  std::vector<Node*> seenTypes;
  std::vector<std::pair<Node*, std::string>> seenParams;  // cases naming type parameters
  Node* seenNil = nullptr;
  targets.push_back({n, label, false, true});
  for (Node* c : n->list) {
    if (c->list.empty()) {
      if (sawDefault) error(c->pos, "multiple defaults (first at " + posString(sawDefault) + ")");
      else sawDefault = c;
    }
    Type* single = nullptr;
    for (Node*& v : c->list) {
      if (v->op == ONONAME && v->name == "nil" && lookup("nil") && lookup("nil")->kind == ObjKind::Nil) {
        v->op = ONIL;
        v->type = types::UntypedNil;
        v->typechecked = true;
        if (seenNil) error(v->pos, "duplicate case nil in type switch\n\t" + posString(seenNil) + ": previous case");
        else seenNil = v;
        single = c->list.size() == 1 ? xt : nullptr;
        continue;
      }
      bool tparam = mentionsTypeParam(this, v);  // gc checks these once, generically
      std::string generic = tparam ? exprString(v) : "";
      Type* T = typExpr(v);
      if (tparam) {  // case T twice: a duplicate in the generic body itself
        for (auto& [prev, str] : seenParams)
          if (str == generic) {
            error(v->pos, "duplicate case " + generic + " in type switch\n\t" + posString(prev) + ": previous case");
            break;
          }
        seenParams.push_back({v, generic});
      }
      if (T == tInvalid || xt == tInvalid) continue;
      calcSize(T);
      std::string why;
      if (!tparam && T->kind != TINTER && !implements(T, xt, &why)) {
        std::string reason = why.substr(why.find('('));
        error(v->pos, "impossible type switch case: " + exprString(v) + "\n\t" + exprString(x) + " (" + (modeOf(x) == Mode::Variable ? "variable" : "value") +
                          " of type " + typeStringForError(xt) + ") cannot have dynamic type " +
                          typeStringForError(T) + " " + reason);
        continue;
      }
      for (Node* prev : tparam ? std::vector<Node*>{} : seenTypes)
        if (identical(prev->type, T)) {
          error(v->pos, "duplicate case " + typeStringForError(T) + " in type switch\n\t" + diags.filename() + ":" +
                            std::to_string(prev->pos.line) + ":" + std::to_string(prev->pos.col) + ": previous case");
          break;
        }
      if (!tparam) seenTypes.push_back(v);
      if (c->list.size() == 1) single = T;
    }
    pushScope();
    if (!g->name.empty()) {
      Node* id = newNode(ONONAME, g->pos);
      id->name = g->name;
      std::vector<Node*> dcl;
      Type* vt = single ? single : xt;
      Name* v = declareLocal(id, vt, dcl);
      c->name_ = v;  // OCASE of a type switch: the clause's variable
      vars.push_back(v);
    }
    bool savedTS = inTypeSwitch;
    inTypeSwitch = true;
    stmtList(c->body);
    inTypeSwitch = savedTS;
    popScope();
  }
  targets.pop_back();
  if (!g->name.empty()) {
    bool used = false;
    for (Name* v : vars) used = used || v->used;
    for (Name* v : vars) v->used = true;
    if (!used) error(g->pos, g->name + " declared but not used");
  }
  popScope();
}

void Checker::selectStmt(Node* n, const std::string& label) {
  Node* sawDefault = nullptr;
  targets.push_back({n, label, false, true});
  for (Node* c : n->list) {
    pushScope();
    Node* comm = c->left;
    std::vector<Node*> out;
    if (!comm) {
      if (sawDefault) error(c->pos, "multiple defaults (first at " + posString(sawDefault) + ")");
      else sawDefault = c;
    } else {
      bool ok = false;
      switch (comm->op) {
        case OSEND: ok = true; break;
        case OEXPRSTMT: {
          Node* e = comm->left;
          while (e && e->op == OPAREN) e = e->left;
          ok = e && e->op == ORECV;
          break;
        }
        case OAS: {
          Node* e = comm->right;
          while (e && e->op == OPAREN) e = e->left;
          ok = e && e->op == ORECV;
          break;
        }
        case OAS2: {
          Node* e = comm->rlist.size() == 1 ? comm->rlist[0] : nullptr;
          while (e && e->op == OPAREN) e = e->left;
          ok = e && e->op == ORECV && comm->list.size() == 2;
          break;
        }
        default: break;
      }
      if (!ok) {
        error(comm->pos, "select case must be receive, send or assign recv");
      } else {
        stmt(comm, out);
        // Keep the comm clause itself as left; declarations go first in the body.
        Node* main = out.back();
        out.pop_back();
        c->left = main;
        c->init.insert(c->init.end(), out.begin(), out.end());
      }
    }
    stmtList(c->body);
    popScope();
  }
  targets.pop_back();
}

void Checker::returnStmt(Node* n) {
  Func* fn = curfn;
  if (!fn || !fn->type || fn->type == tInvalid) return;
  auto& res = fn->type->results;
  auto& vals = n->list;
  if (vals.empty()) {
    if (!res.empty()) {
      bool named = !fn->results.empty() && fn->results[0]->sym[0] != '~';
      if (!named) {
        error(n->pos, "not enough return values\n\thave ()\n\twant " +
                          typeStringForError(newTuple(res)));
        return;
      }
      // A bare return with named results: each must not be shadowed.
      for (Name* r : fn->results) {
        Name* found = lookup(r->sym);
        if (found && found != r && r->sym != "_") {
          // gc cites the inner object as types2 prints it: "var n int".
          error(n->pos, "result parameter " + r->sym + " not in scope at return\n\t" + diags.filename() + ":" +
                            std::to_string(found->pos.line) + ":" + std::to_string(found->pos.col) +
                            ": inner declaration of var " + r->sym + (found->type ? " " + typeStringForError(found->type) : ""));
        }
      }
    }
    return;
  }
  if (vals.size() == 1 && res.size() != 1) {
    expr(vals[0]);
    Node* v = vals[0];
    if (v->type && v->type->kind == TTUPLE && v->type != tNoValue) {
      if (v->type->fields.size() != res.size()) {
        error(v->pos, std::string(v->type->fields.size() < res.size() ? "not enough" : "too many") +
                          " return values\n\thave " + typeStringForError(v->type) + "\n\twant " +
                          typeStringForError(newTuple(res)));
        return;
      }
      // return f(): f's results go through temporaries, then one value per result.
      Node* as = newNode(OAS2FUNC, v->pos);
      as->rlist = {v};
      as->typechecked = true;
      std::vector<Node*> tmps;
      for (size_t i = 0; i < res.size(); i++) {
        auto* t = newName(".autotmp_" + std::to_string(fn->dcl.size()), ObjKind::Var, v->pos);
        t->cls = PAUTO;
        t->type = v->type->fields[i].type;
        t->curfn = fn;
        t->used = true;
        fn->dcl.push_back(t);
        Node* ref = newNode(ONAME, v->pos);
        ref->name_ = t;
        ref->name = t->sym;
        ref->type = t->type;
        ref->typechecked = true;
        as->list.push_back(ref);
        Node* ref2 = newNode(ONAME, v->pos);
        *ref2 = *ref;
        tmps.push_back(ref2);
      }
      n->init.push_back(as);
      vals = tmps;
      for (size_t i = 0; i < res.size(); i++) assign(vals[i], res[i].type, "return statement");
      return;
    }
  }
  for (Node*& v : vals) value(v);
  if (vals.size() != res.size()) {
    std::vector<Node*> vs(vals.begin(), vals.end());
    std::string have = "(";
    for (size_t i = 0; i < vals.size(); i++) {
      if (i) have += ", ";
      Type* t = vals[i]->type;
      have += t->isUntyped() ? (t->isNumeric() ? "number" : t == types::UntypedNil ? "nil" : typeStringForError(defaultOf(t))) : typeStringForError(t);
    }
    have += ")";
    std::string want = res.empty() ? "()" : typeStringForError(newTuple(res));
    if (vals.size() < res.size())
      error(vals.back()->pos, "not enough return values\n\thave " + have + "\n\twant " + want);
    else
      error(vals[res.size()]->pos, "too many return values\n\thave " + have + "\n\twant " + want);
    return;
  }
  for (size_t i = 0; i < vals.size(); i++) assign(vals[i], res[i].type, "return statement");
}

void Checker::branchStmt(Node* n) {
  const std::string& L = n->name;
  // gc reports label errors at the label, one space after the keyword.
  Pos lpos{n->pos.line, n->pos.col + (n->op == OBREAK ? 6 : n->op == OCONTINUE ? 9 : 5)};
  if (n->op == OGOTO) {
    auto it = labels.find(L);
    if (it == labels.end()) error(lpos, "label " + L + " not defined");
    else it->second.used = true;
    return;
  }
  bool isBreak = n->op == OBREAK;
  if (L.empty()) {
    for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
      if (isBreak || it->isLoop) {
        if (isBreak) brokenStmts.insert(it->stmt);
        return;
      }
    }
    error(n->pos, isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
    return;
  }
  auto li = labels.find(L);
  if (li == labels.end()) {
    error(lpos, std::string(isBreak ? "break" : "continue") + " label not defined: " + L);
    return;
  }
  li->second.used = true;
  for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
    if (it->label == L) {
      if (!isBreak && !it->isLoop) break;
      if (isBreak) brokenStmts.insert(it->stmt);
      return;
    }
  }
  error(lpos, std::string("invalid ") + (isBreak ? "break" : "continue") + " label " + L);
}

// Labels are function-scoped: collect them before checking the body (goto may jump forward).
void Checker::collectLabels(std::vector<Node*>& list) {
  for (Node* s : list) {
    if (!s) continue;
    switch (s->op) {
      case OLABEL: {
        if (s->name != "_") {
          auto it = labels.find(s->name);
          if (it != labels.end())
            error(s->pos, "label " + s->name + " already defined at " + diags.filename() + ":" +
                              std::to_string(it->second.stmt->pos.line) + ":" + std::to_string(it->second.stmt->pos.col));
          else
            labels[s->name] = LabelInfo{s, false};
        }
        if (s->left) {
          std::vector<Node*> one{s->left};
          collectLabels(one);
        }
        break;
      }
      case OBLOCK: collectLabels(s->list); break;
      case OIF:
        collectLabels(s->body);
        collectLabels(s->rlist);
        break;
      case OFOR: case ORANGE: collectLabels(s->body); break;
      case OSWITCH: case OSELECT:
        for (Node* c : s->list) collectLabels(c->body);
        break;
      default: break;
    }
  }
}

bool Checker::hasBreak(Node* body, Node* target, const std::string& label, bool implicit) {
  return brokenStmts.count(target) > 0;
}

bool Checker::isTerminatingList(std::vector<Node*>& list) {
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    if ((*it)->op == OEMPTY) continue;
    return isTerminating(*it, "");
  }
  return false;
}

bool Checker::isTerminating(Node* n, const std::string& label) {
  if (!n) return false;
  switch (n->op) {
    case ORETURN: case OGOTO: return true;
    case OEXPRSTMT: return n->left && n->left->op == OPANIC;
    case OBLOCK: return isTerminatingList(n->list);
    case OIF:
      if (n->rlist.empty()) return false;
      return isTerminatingList(n->body) && isTerminating(n->rlist[0], "");
    case OFOR: return !n->cond && !hasBreak(n, n, label, true);
    case OLABEL: return isTerminating(n->left, n->name);
    case OSWITCH: {
      if (hasBreak(n, n, label, true)) return false;
      bool sawDefault = false;
      for (Node* c : n->list) {
        if (c->list.empty()) sawDefault = true;
        if (!c->body.empty() && c->body.back()->op == OFALL) continue;
        if (!isTerminatingList(c->body)) return false;
      }
      return sawDefault;
    }
    case OSELECT:
      if (hasBreak(n, n, label, true)) return false;
      for (Node* c : n->list)
        if (!isTerminatingList(c->body)) return false;
      return true;
    default: return false;
  }
}

}  // namespace minigo::tc

namespace minigo::tc {

// Spec "Goto statements": a forward goto must not skip a variable
// declaration of the label's block. Checked on the builder's tree, before
// declarations are rewritten, by comparing the goto's and the label's
// paths of (statement list, index).
void Checker::checkGotos(std::vector<Node*>& body) {
  using Path = std::vector<std::pair<std::vector<Node*>*, size_t>>;
  std::map<std::string, Path> labelPaths;
  std::vector<std::pair<Node*, Path>> gotos;
  Path path;
  std::function<void(std::vector<Node*>&)> walkList = [&](std::vector<Node*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
      path.push_back({&list, i});
      for (Node* s = list[i]; s;) {
        Node* next = nullptr;
        switch (s->op) {
          case OLABEL:
            if (!labelPaths.count(s->name)) labelPaths[s->name] = path;
            next = s->left;
            break;
          case OGOTO: gotos.push_back({s, path}); break;
          case OBLOCK: walkList(s->list); break;
          case OIF:
            walkList(s->body);
            walkList(s->rlist);
            break;
          case OFOR: case ORANGE: walkList(s->body); break;
          case OSWITCH: case OSELECT:
            for (Node* c : s->list) walkList(c->body);
            break;
          default: break;
        }
        s = next;
      }
      path.pop_back();
    }
  };
  walkList(body);
  for (auto& [g, gp] : gotos) {
    auto it = labelPaths.find(g->name);
    if (it == labelPaths.end()) continue;
    Path& lp = it->second;
    std::vector<Node*>* labelList = lp.back().first;
    size_t li = lp.back().second;
    for (auto& [list, gi] : gp) {
      if (list != labelList) continue;
      for (size_t k = gi + 1; k < li; k++) {
        Node* s = (*list)[k];
        Pos dpos;
        std::string name;
        if (s->op == OVARDEF && !s->list.empty()) {
          dpos = s->list[0]->pos;
          name = s->list[0]->name;
        } else if (s->op == OAS && s->colas && s->left) {
          dpos = afterPos(s->left, 1);
          name = s->left->name;
        } else if (s->op == OAS2 && s->colas && !s->list.empty()) {
          dpos = afterPos(s->list.back(), 1);
          name = s->list[0]->name;
        } else {
          continue;
        }
        error(Pos{g->pos.line, g->pos.col + 5}, "goto " + g->name + " jumps over declaration of " + name + " at " +
                                                    diags.filename() + ":" + std::to_string(dpos.line) + ":" +
                                                    std::to_string(dpos.col));
        break;
      }
      break;
    }
  }
}

}  // namespace minigo::tc
