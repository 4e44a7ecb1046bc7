// typecheck_assign.cpp — assignability checks with implicit interface
// conversions (OCONVIFACE), assignments (=, :=, op=, multi-value forms
// OAS2FUNC / OAS2MAPR / OAS2RECV / OAS2DOTTYPE), and local var/const/type
// declarations. Every local declaration is emitted as ODCL before its OAS.
#include <algorithm>

#include "frontend/typecheck.h"

namespace minigo::tc {

static Type* under(Type* t) { return t && t->underlying ? t->underlying : t; }

void Checker::wrapIface(Node*& x, Type* t) {
  if (!x || x->type == tInvalid || identical(x->type, t)) return;
  // Only an untyped nil becomes the nil interface; (*E)(nil) is a typed value.
  if (x->type == types::UntypedNil || (x->op == ONIL && x->type->kind == TNIL)) {
    x->type = t;
    return;
  }
  if (x->type->isUntyped()) defaultType(x);
  Node* c = newNode(OCONVIFACE, x->pos);
  c->left = x;
  c->type = t;
  c->implicit = true;
  c->typechecked = true;
  calcSize(t);
  x = c;
}

// types2's assignment(): x is assigned to a variable of type t in context.
bool Checker::assign(Node*& x, Type* t, const std::string& context) {
  if (!x || x->type == tInvalid || !t || t == tInvalid) return false;
  const std::string tname =
      targetAlias && (t == types::Uint8 || t == types::Int32) ? *targetAlias : typeStringForError(t);
  if (x->type->isUntyped()) {
    if (x->type == types::UntypedNil) {
      if (!assignableTo(x->type, x, t, nullptr)) {
        error(x->pos, "cannot use nil as " + typeStringForError(t) + " value in " + context);
        x->type = tInvalid;
        return false;
      }
      x->type = t;
      return true;
    }
    Type* u = under(t);
    if (u->kind == TINTER) {
      // types2: the untyped value takes its default type, then the typed rules apply.
      defaultTypeIn(x, context);
      if (x->type == tInvalid) return false;
    }
  }
  if (x->type->isUntyped()) {
    if (x->op == OLITERAL) {
      Constant out;
      std::string why;
      if (!representable(x, t, &out, &why)) {
        error(x->pos, "cannot use " + operandString(x) + " as " + tname + " value in " + context +
                          (why.empty() ? "" : " (" + why + ")"));
        x->type = tInvalid;
        return false;
      }
    } else if (!assignableTo(x->type, x, t, nullptr)) {
      error(x->pos, "cannot use " + operandString(x) + " as " + tname + " value in " + context);
      x->type = tInvalid;
      return false;
    }
    convertUntyped(x, t);
    return x->type != tInvalid;
  }
  std::string why;
  if (!assignableTo(x->type, x, t, &why)) {
    error(x->pos, "cannot use " + operandString(x) + " as type " + typeStringForError(t) + " in " + context +
                      (why.empty() ? "" : ":\n\t" + why));
    return false;
  }
  if (under(t)->kind == TINTER) wrapIface(x, t);
  return true;
}

// gc's ir.OuterValue: assigning to s.f or a[i] (a an array) assigns the variable s / a,
// so a closure must capture it by reference.
Node* outerValue(Node* n) {
  while (n && (n->op == OPAREN || n->op == ODOT ||
               (n->op == OINDEX && n->left && n->left->type && under(n->left->type)->kind == TARRAY)))
    n = n->left;
  return n;
}

static void markReassigned(Node* n) {
  n = outerValue(n);
  if (n && n->op == ONAME && n->name_)
    for (Name* v = n->name_; v; v = v->outer) v->reassigned = true;
}

// The left side of `=`: a bare variable name is not a "use".
void Checker::lhsExpr(Node*& n) {
  while (n->op == OPAREN) n = n->left;
  if (n->op == ONONAME) {
    if (n->name == "_") {
      n->op = ONAME;
      n->name_ = blank;
      n->type = nullptr;
      n->typechecked = true;
      return;
    }
    Name* nm = lookup(n->name);
    if (nm && nm->kind == ObjKind::Var) {
      if (nm->cls == PEXTERN) {
        resolveDecl(nm);
        recordDep(nm);
      }
      Name* v = captureVar(nm);
      n->op = ONAME;
      n->name_ = v;
      n->type = v->type ? v->type : tInvalid;
      n->typechecked = true;
      markReassigned(n);
      return;
    }
  }
  expr(n);
  if (n->type == tInvalid) return;
  markReassigned(n);
  if (n->op == ODOTMETH || n->op == ODOTINTER) n->op = OMETHVALUE;
  if (n->op == OINDEXMAP) return;
  if (!addressable(n)) {
    Node* root = n;
    if (n->op == ODOT) {
      while (root->op == ODOT) root = root->left;
      if (root->op == OINDEXMAP) {
        error(n->pos, "cannot assign to struct field " + exprString(n) + " in map");
        n->type = tInvalid;
        return;
      }
    }
    std::string what = operandString(n);
    if (n->op == OINDEX && under(n->left->type)->isString())
      what = exprString(n) + " (value of type byte)";
    error(n->pos, "cannot assign to " + what);
    n->type = tInvalid;
  }
}

Name* Checker::declareLocal(Node* ident, Type* t, std::vector<Node*>& out) {
  if (ident->name == "_") {
    ident->op = ONAME;
    ident->name_ = blank;
    ident->type = t;
    ident->typechecked = true;
    return blank;
  }
  auto* n = newName(ident->name, ObjKind::Var, ident->pos);
  n->cls = PAUTO;
  n->type = t;
  n->curfn = curfn;
  n->defn = ident;
  n->used = t == tInvalid;  // a failed initialisation is not also reported as unused
  if (scope->names.count(ident->name)) n->used = true;
  calcSize(t);
  if (curfn) curfn->dcl.push_back(n);
  declare(scope, n, ident->pos);
  ident->op = ONAME;
  ident->name_ = n;
  ident->type = t;
  ident->typechecked = true;
  Node* d = newNode(ODCL, ident->pos);
  Node* ref = newNode(ONAME, ident->pos);
  ref->name = ident->name;
  ref->name_ = n;
  ref->type = t;
  ref->typechecked = true;
  d->left = ref;
  d->typechecked = true;
  out.push_back(d);
  return n;
}

// Multi-value right side (N:1). Sets op and the value types; reports mismatches.
static bool multiValue(Checker* c, Node* stmt, std::vector<Node*>& lhs, Node*& rhs, Op* op, std::vector<Type*>& rts) {
  c->expr(rhs);
  if (rhs->type == tInvalid) return false;
  size_t nl = lhs.size();
  if (rhs->type && rhs->type->kind == TTUPLE && rhs->type != tNoValue && rhs->op != OLITERAL) {
    size_t nr = rhs->type->fields.size();
    if (nr != nl) {
      c->error(rhs->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") +
                             " but " + c->exprString(rhs->left) + " returns " + std::to_string(nr) + " value" +
                             (nr == 1 ? "" : "s"));
      return false;
    }
    *op = OAS2FUNC;
    for (auto& f : rhs->type->fields) rts.push_back(f.type);
    return true;
  }
  if (nl == 2 && (rhs->op == OINDEXMAP || rhs->op == ODOTTYPE || rhs->op == ORECV)) {
    *op = rhs->op == OINDEXMAP ? OAS2MAPR : rhs->op == ODOTTYPE ? OAS2DOTTYPE : OAS2RECV;
    if (rhs->op == ODOTTYPE) rhs->op = ODOTTYPE2;
    rts = {rhs->type, types::UntypedBool};
    return true;
  }
  if (rhs->type == tNoValue) {
    c->error(rhs->pos, c->exprString(rhs) + " (no value) used as value");
    return false;
  }
  bool isCall = rhs->op == OCALLFUNC || rhs->op == OCALLMETH || rhs->op == OCALLINTER;
  c->error(rhs->pos, "assignment mismatch: " + std::to_string(nl) + " variables but " +
                         (isCall ? c->exprString(rhs->left) + " returns 1 value" : std::string("1 value")));
  return false;
}

// x = f() / x := f() with a multi-value f (types2's assignError wording).
static bool tupleMismatch(Checker* c, Node*& rhs) {
  c->expr(rhs);
  Type* t = rhs->type;
  if (!t || t->kind != TTUPLE || t == tNoValue || t->fields.size() < 2) return false;
  size_t nr = t->fields.size();
  c->error(rhs->pos, "assignment mismatch: 1 variable but " + c->exprString(rhs->left) + " returns " +
                         std::to_string(nr) + " values");
  rhs->type = tInvalid;
  return true;
}

void Checker::assignStmt(Node* n, std::vector<Node*>& out) {
  if (n->colas) {
    Node* id = n->left;
    if (id->op != ONONAME) {
      error(id->pos, "non-name " + exprString(id) + " on left side of :=");
      expr(n->right);
      out.push_back(n);
      return;
    }
    if (!tupleMismatch(this, n->right)) value(n->right);
    if (n->right->type == types::UntypedNil) {
      error(n->right->pos, "use of untyped nil in assignment");
      n->right->type = tInvalid;
    }
    std::string alias = n->right->type == types::UntypedRune ? "rune" : "";  // 'a' defaults to rune
    defaultTypeIn(n->right, "assignment");
    if (alias.empty()) alias = aliasName(n->right);
    if (id->name == "_" || scope->names.count(id->name)) {
      error(afterPos(id, 1), "no new variables on left side of :=");
      if (id->name != "_") {
        lhsExpr(n->left);
        if (n->left->type != tInvalid) assign(n->right, n->left->type, "assignment");
      } else {
        declareLocal(id, n->right->type, out);
      }
      out.push_back(n);
      return;
    }
    Type* t = n->right->type;
    if (t == tNoValue || (t && t->kind == TTUPLE)) t = tInvalid;
    Name* v = declareLocal(id, t, out);
    if (v && !alias.empty()) aliasOf[v] = alias;
    n->typechecked = true;
    out.push_back(n);
    return;
  }
  lhsExpr(n->left);
  Node* l = n->left;
  if (l->name_ == blank && l->op == ONAME) {
    value(n->right);
    if (n->right->type == types::UntypedNil) {
      error(n->right->pos, "use of untyped nil in assignment");
      n->right->type = tInvalid;
    }
    defaultTypeIn(n->right, "assignment");
    l->type = n->right->type;
    out.push_back(n);
    return;
  }
  if (!tupleMismatch(this, n->right)) value(n->right, l->type);
  if (l->type != tInvalid && n->right->type != tInvalid) assign(n->right, l->type, "assignment");
  n->typechecked = true;
  out.push_back(n);
}

void Checker::assign2(Node* n, std::vector<Node*>& out) {
  auto& lhs = n->list;
  auto& rhs = n->rlist;
  size_t nl = lhs.size(), nr = rhs.size();
  if (n->colas) {
    for (Node* id : lhs)
      if (id->op != ONONAME) {
        error(id->pos, "non-name " + exprString(id) + " on left side of :=");
        for (Node*& r : rhs) expr(r);
        out.push_back(n);
        return;
      }
  }
  std::vector<Type*> rts;
  Op op = OAS2;
  bool ok = true;
  if (nl == nr) {
    for (Node*& r : rhs) {
      value(r);
      if (r->type == tInvalid) ok = false;
      rts.push_back(r->type);
    }
  } else if (nr == 1) {
    ok = multiValue(this, n, lhs, rhs[0], &op, rts);
  } else {
    for (Node*& r : rhs) expr(r);
    error(rhs[0]->pos, "assignment mismatch: " + std::to_string(nl) + " variable" + (nl == 1 ? "" : "s") + " but " +
                           std::to_string(nr) + " value" + (nr == 1 ? "" : "s"));
    ok = false;
  }
  n->op = op;
  if (n->colas) {
    bool anyNew = false;
    std::vector<bool> isNew(nl, false);
    for (size_t i = 0; i < nl; i++) {
      Node* id = lhs[i];
      if (id->name == "_") continue;
      bool dup = false;
      for (size_t j = 0; j < i; j++)
        if (lhs[j]->name == id->name) {
          error(id->pos, id->name + " repeated on left side of :=");
          dup = true;
        }
      if (!dup && !scope->names.count(id->name)) anyNew = isNew[i] = true;
    }
    if (!anyNew) error(afterPos(lhs.back(), 1), "no new variables on left side of :=");
    for (size_t i = 0; i < nl; i++) {
      Node*& id = lhs[i];
      Type* rt = ok && i < rts.size() ? rts[i] : tInvalid;
      if (op == OAS2 && ok) {
        if (rhs[i]->type == types::UntypedNil) {
          error(rhs[i]->pos, "use of untyped nil in assignment");
          rhs[i]->type = tInvalid;
        }
        defaultTypeIn(rhs[i], "assignment");
        rt = rhs[i]->type;
      }
      if (rt == types::UntypedBool) rt = types::Bool;
      if (rt == tNoValue) rt = tInvalid;
      if (id->name != "_" && !isNew[i]) {
        // Redeclared: a plain assignment to the existing variable.
        lhsExpr(id);
        if (op == OAS2 && ok) assign(rhs[i], id->type, "assignment");
        else if (ok && rt != tInvalid && id->type != tInvalid && !assignableTo(rt, nullptr, id->type, nullptr))
          error(rhs[0]->pos, "cannot use " + typeStringForError(rt) + " value as " + typeStringForError(id->type) +
                                 " value in assignment");
        continue;
      }
      if (id->name == "_") {
        id->op = ONAME;
        id->name_ = blank;
        id->type = rt;
        if (op == OAS2 && ok) id->type = rhs[i]->type;
        continue;
      }
      declareLocal(id, rt, out);
    }
    n->typechecked = true;
    out.push_back(n);
    return;
  }
  for (size_t i = 0; i < nl; i++) {
    lhsExpr(lhs[i]);
    Node* l = lhs[i];
    if (!ok || l->type == tInvalid) continue;
    if (l->name_ == blank && l->op == ONAME) {
      if (op == OAS2) {
        if (rhs[i]->type == types::UntypedNil) {
          error(rhs[i]->pos, "use of untyped nil in assignment");
          rhs[i]->type = tInvalid;
        }
        defaultTypeIn(rhs[i], "assignment");
        l->type = rhs[i]->type;
      } else {
        l->type = rts[i] == types::UntypedBool ? types::Bool : rts[i];
      }
      continue;
    }
    if (op == OAS2) {
      assign(rhs[i], l->type, "assignment");
    } else if (rts[i] == types::UntypedBool) {
      if (!under(l->type)->isBoolean())
        error(rhs[0]->pos, "cannot use " + exprString(rhs[0]) + " (untyped bool value) as " +
                               typeStringForError(l->type) + " value in assignment");
    } else {
      std::string why;
      if (!assignableTo(rts[i], nullptr, l->type, &why))
        error(rhs[0]->pos, "cannot use " + exprString(rhs[0]) + " (value of type " + typeStringForError(rts[i]) +
                               ") as type " + typeStringForError(l->type) + " in assignment");
    }
  }
  n->typechecked = true;
  out.push_back(n);
}

void Checker::localVarDecl(Node* n, std::vector<Node*>& out) {
  std::string spelled = n->left && n->left->op == ONONAME ? n->left->name : "";
  if (spelled != "byte" && spelled != "rune") spelled.clear();
  Type* t = n->left ? typExpr(n->left) : nullptr;
  auto& ids = n->list;
  auto& vals = n->rlist;
  size_t nl = ids.size(), nr = vals.size();
  if (nr == 0) {
    for (Node* id : ids) {
      Node* ref = newNode(ONAME, id->pos);
      ref->name = id->name;
      declareLocal(id, t ? t : tInvalid, out);
      if (!spelled.empty() && id->name_) aliasOf[id->name_] = spelled;
      ref->name_ = id->name_;
      ref->type = id->type;
      ref->typechecked = true;
      if (id->name_ != blank) {
        Node* as = newNode(OAS, id->pos);
        as->left = ref;
        as->typechecked = true;
        out.push_back(as);
      }
    }
    return;
  }
  if (nl == nr) {
    std::vector<Type*> ts;
    for (Node*& v : vals) {
      value(v, t);
      if (t) {
        targetAlias = spelled.empty() ? nullptr : &spelled;
        assign(v, t, "variable declaration");
        targetAlias = nullptr;
      } else {
        if (v->type == types::UntypedNil) {
          error(v->pos, "use of untyped nil in variable declaration");
          v->type = tInvalid;
        }
        defaultTypeIn(v, "variable declaration");
      }
      ts.push_back(t ? t : v->type);
    }
    std::vector<Node*> assigns;
    for (size_t i = 0; i < nl; i++) {
      Node* id = ids[i];
      Node* ref = newNode(ONAME, id->pos);
      ref->name = id->name;
      declareLocal(id, ts[i], out);
      if (!spelled.empty() && id->name_) aliasOf[id->name_] = spelled;
      ref->name_ = id->name_;
      ref->type = ts[i];
      ref->typechecked = true;
      Node* as = newNode(OAS, id->pos);
      as->left = ref;
      as->right = vals[i];
      as->typechecked = true;
      assigns.push_back(as);
    }
    if (nl == 1) {
      out.push_back(assigns[0]);
    } else {
      // var a, b = x, y evaluates both before assigning: one OAS2.
      Node* as2 = newNode(OAS2, n->pos);
      for (Node* a : assigns) {
        as2->list.push_back(a->left);
        as2->rlist.push_back(a->right);
      }
      as2->typechecked = true;
      out.push_back(as2);
    }
    return;
  }
  std::vector<Type*> rts;
  Op op = OAS2;
  bool ok = false;
  if (nr == 1) ok = multiValue(this, n, ids, vals[0], &op, rts);
  else {
    for (Node*& v : vals) expr(v);
    if (nr > nl) error(vals[nl]->pos, "extra init expr " + exprString(vals[nl]));
    else error(ids[nr]->pos, "assignment mismatch: " + std::to_string(nl) + " variables but " + std::to_string(nr) +
                               " value" + (nr == 1 ? "" : "s"));
  }
  Node* as2 = newNode(op, n->pos);
  for (size_t i = 0; i < nl; i++) {
    Type* rt = ok ? rts[i] : tInvalid;
    if (rt == types::UntypedBool) rt = t ? t : types::Bool;
    if (t && ok) {
      if (!assignableTo(rt, nullptr, t, nullptr))
        error(vals[0]->pos, "cannot use " + exprString(vals[0]) + " (value of type " + typeStringForError(rt) +
                                ") as type " + typeStringForError(t) + " in assignment");
      rt = t;
    }
    Node* id = ids[i];
    Node* ref = newNode(ONAME, id->pos);
    ref->name = id->name;
    declareLocal(id, rt, out);
    ref->name_ = id->name_;
    ref->type = rt;
    ref->typechecked = true;
    as2->list.push_back(ref);
  }
  as2->rlist = {vals[0]};
  as2->typechecked = true;
  if (ok) out.push_back(as2);
}

void Checker::localConstDecl(Node* n) {
  int savedIota = iota;
  iota = n->offset;
  Type* t = n->left ? typExpr(n->left) : nullptr;
  std::vector<Name*> names;
  for (size_t i = 0; i < n->list.size(); i++) {
    Node* id = n->list[i];
    auto* nm = newName(id->name, ObjKind::Const, id->pos);
    nm->defn = n;
    nm->type = tInvalid;
    id->name_ = nm;
    names.push_back(nm);
    if (i >= n->rlist.size()) {
      error(id->pos, "missing init expr for const declaration");
      continue;
    }
    Node*& e = n->rlist[i];
    value(e);
    if (e->type == tInvalid) continue;
    if (e->op != OLITERAL) {
      error(e->pos, exprString(e) + " (" + (modeOf(e) == Mode::Variable ? "variable" : "value") + " of type " +
                        typeStringForError(e->type) + ") is not constant");
      continue;
    }
    if (t && t != tInvalid) {
      if (!assign(e, t, "constant declaration") || e->op != OLITERAL) continue;
    }
    nm->type = e->type;
    nm->val = e->val;
  }
  if (n->rlist.size() > n->list.size()) error(n->rlist[n->list.size()]->pos, "extra init expr");
  // Constants are in scope after their spec (spec: "Declarations and scope").
  for (Name* nm : names) {
    nm->used = true;
    declare(scope, nm, nm->pos);
  }
  iota = savedIota;
}

void registerLocalGeneric(Node* decl, Scope* s);  // typecheck_generic.cpp

bool inGenericFunc(Func* fn);                     // typecheck_generic.cpp

void Checker::localTypeDecl(Node* n) {
  // Go 1.19 rejects these (once, not per instance).
  static std::set<std::pair<int, int>> reported;
  if (inGenericFunc(curfn) && reported.insert({n->pos.line, n->pos.col}).second)
    // gc reports at the `type` keyword; the node holds the name's position (gofmt: one space between).
    error(Pos{n->pos.line, n->pos.col > 5 ? n->pos.col - 5 : n->pos.col},
          "type declarations inside generic functions are not currently supported");
  auto* nm = newName(n->name, ObjKind::Type, n->pos);
  nm->defn = n;
  n->name_ = nm;
  if (!n->list.empty() && !n->alias) {
    // A generic type local to a function: instantiated like a package-level one,
    // its type expression resolved in the scope where it is declared.
    genericDecls[nm] = n;
    registerLocalGeneric(n, scope);
    declare(scope, nm, n->pos);
    return;
  }
  if (n->alias) {
    nm->type = typExpr(n->left);
    declare(scope, nm, n->pos);
    return;
  }
  nm->type = newNamed("main", n->name);
  declare(scope, nm, n->pos);
  Type* u = typExpr(n->left);
  if (u == tInvalid || u->kind == TFORW || u == nm->type) {
    if (u != tInvalid) error(n->pos, "invalid recursive type " + n->name);
    setUnderlying(nm->type, types::Int);
    return;
  }
  setUnderlying(nm->type, u);
  calcSize(nm->type);
}

}  // namespace minigo::tc
