// typecheck_call.cpp — calls: function and method calls (OCALLFUNC /
// OCALLMETH / OCALLINTER), conversions T(x), and the builtins, each rewritten
// to its own op as gc does (OLEN, OAPPEND, OMAKE, ONEW, OPANIC, OPRINTN ...).
#include "frontend/typecheck.h"

namespace minigo::tc {

static Type* under(Type* t) { return t && t->underlying ? t->underlying : t; }

static std::string summary(Checker* c, const std::vector<Node*>& args) {
  std::string s = "(";
  for (size_t i = 0; i < args.size(); i++) {
    if (i) s += ", ";
    Type* t = args[i]->type;
    if (!t || t == tInvalid) s += "invalid type";
    else if (t->isUntyped()) {
      if (t->isNumeric()) s += "number";
      else if (t->kind == TIDEAL_STRING) s += "string";
      else if (t->kind == TIDEAL_BOOL) s += "bool";
      else s += "nil";
    } else if (t->kind == TTUPLE) {
      std::string ts = typeStringForError(t);
      s += ts.substr(1, ts.size() - 2);
    } else {
      s += typeStringForError(t);
    }
  }
  return s + ")";
}

static std::string wantSummary(Type* sig) {
  std::string s = "(";
  for (size_t i = 0; i < sig->params.size(); i++) {
    if (i) s += ", ";
    if (sig->variadic && i + 1 == sig->params.size()) s += "..." + typeStringForError(sig->params[i].type->elem);
    else s += typeStringForError(sig->params[i].type);
  }
  return s + ")";
}

// f[A](args) naming fewer type arguments than f has type parameters: the rest are inferred.
static Name* partialGeneric(Checker* c, Node* f) {
  while (f && f->op == OPAREN) f = f->left;
  if (!f || (f->op != OINDEX && f->op != OTINST)) return nullptr;
  Name* g = c->genericOf(f->left);
  if (!g || g->kind != ObjKind::Func) return nullptr;
  size_t given = f->op == OINDEX ? 1 : f->list.size();
  return given < c->genericDecls[g]->list.size() ? g : nullptr;
}

void Checker::call(Node*& n) {
  Name* g = genericOf(n->left);
  if (!g) g = partialGeneric(this, n->left);
  if (g && g->kind == ObjKind::Func && !inferCall(n, g)) {
    n->type = tInvalid;
    return;
  }
  expr(n->left);
  Node* f = n->left;
  if (f->type == tInvalid) {
    for (Node*& a : n->list) expr(a);
    n->type = tInvalid;
    return;
  }
  if (f->op == OTYPE) {
    if (n->isDDD) error(n->pos, "invalid use of ... in conversion to " + typeStringForError(f->type));
    conversion(n, f->type);
    return;
  }
  if (f->op == ONAME && f->name_ && f->name_->kind == ObjKind::Builtin) {
    builtinCall(n, f->name_->builtin);
    return;
  }
  if (f->op == OPACK) {
    n->type = tInvalid;
    return;
  }
  if (f->op != ODOTMETH && f->op != ODOTINTER) value(n->left);
  f = n->left;
  if (f->type == tInvalid) {
    for (Node*& a : n->list) expr(a);
    n->type = tInvalid;
    return;
  }
  Type* sig = under(f->type);
  if (sig->kind != TFUNC) {
    // types2 leaves the arguments unchecked (so their variables stay unused).
    error(n->pos, "invalid operation: cannot call non-function " + operandString(f));
    n->type = tInvalid;
    return;
  }
  n->op = f->op == ODOTMETH ? OCALLMETH : f->op == ODOTINTER ? OCALLINTER : OCALLFUNC;
  arguments(n, sig, exprString(f));
  if (sig->results.empty()) n->type = tNoValue;
  else if (sig->results.size() == 1) n->type = sig->results[0].type;
  else n->type = newTuple(sig->results);
}

// f(g()) with a multi-value g: an OAS2FUNC of g() into temporaries (*asOut, to be
// run first as the call's init) and references to those temporaries as arguments.
static std::vector<Node*> spreadTuple(Checker* c, Node* a, Node** asOut) {
  std::vector<Node*> tmps;
  Node* as = *asOut = newNode(OAS2FUNC, a->pos);
  as->rlist = {a};
  as->typechecked = true;
  for (size_t i = 0; i < a->type->fields.size(); i++) {
    auto* t = newName(".autotmp_" + std::to_string(c->curfn ? c->curfn->dcl.size() : 0), ObjKind::Var, a->pos);
    t->cls = c->curfn ? PAUTO : PEXTERN;
    t->type = a->type->fields[i].type;
    t->curfn = c->curfn;
    t->used = true;
    if (c->curfn) c->curfn->dcl.push_back(t);
    else c->pkg->globals.push_back(t);
    Node* ref = newNode(ONAME, a->pos);
    ref->name_ = t;
    ref->name = t->sym;
    ref->type = t->type;
    ref->typechecked = true;
    as->list.push_back(ref);
    Node* ref2 = newNode(ONAME, a->pos);
    *ref2 = *ref;
    tmps.push_back(ref2);
  }
  return tmps;
}

void Checker::arguments(Node* call, Type* sig, const std::string& fname) {
  auto& args = call->list;
  // f(g()) with a multi-value g: g's results become the arguments.
  if (args.size() == 1 && !call->isDDD) {
    expr(args[0]);
    Node* a = args[0];
    if (a->type && a->type->kind == TTUPLE && a->type != tNoValue && a->type->fields.size() > 1) {
      Node* as;
      std::vector<Node*> tmps = spreadTuple(this, a, &as);
      size_t np = sig->params.size();
      bool ok = sig->variadic ? tmps.size() >= np - 1 : tmps.size() == np;
      if (!ok) {
        error(a->pos, std::string(tmps.size() < np ? "not enough" : "too many") + " arguments in call to " + fname +
                          "\n\thave " + summary(this, {a}) + "\n\twant " + wantSummary(sig));
        return;
      }
      call->init.push_back(as);
      args = tmps;
      for (size_t i = 0; i < args.size(); i++) {
        Type* pt = sig->variadic && i >= np - 1 ? sig->params[np - 1].type->elem : sig->params[i].type;
        std::string ctx = "argument to " + fname;
        assign(args[i], pt, ctx);
      }
      return;
    }
  }
  for (size_t i = 0; i < args.size(); i++) {
    Type* hint = nullptr;
    size_t np = sig->params.size();
    if (i < np) hint = sig->params[i].type;
    if (sig->variadic && i + 1 >= np && !call->isDDD) hint = sig->params[np - 1].type->elem;
    value(args[i], hint);
  }
  size_t np = sig->params.size();
  size_t na = args.size();
  if (call->isDDD) {
    if (!sig->variadic) {
      error(args.empty() ? call->pos : args.back()->pos, "have (...) used with non-variadic function " + fname);
      error(call->pos, "cannot use ... in call to non-variadic " + fname);
      return;
    }
    if (na != np) {
      if (na < np)
        error(call->pos, "not enough arguments in call to " + fname + "\n\thave " + summary(this, args) + "\n\twant " +
                             wantSummary(sig));
      else
        error(args[np]->pos, "too many arguments in call to " + fname + "\n\thave " + summary(this, args) + "\n\twant " +
                                 wantSummary(sig));
      return;
    }
  } else {
    size_t min = sig->variadic ? np - 1 : np;
    if (na < min) {
      Pos p = args.empty() ? call->pos : args.back()->pos;
      error(p, "not enough arguments in call to " + fname + "\n\thave " + summary(this, args) + "\n\twant " +
                   wantSummary(sig));
      return;
    }
    if (!sig->variadic && na > np) {
      error(args[np]->pos, "too many arguments in call to " + fname + "\n\thave " + summary(this, args) + "\n\twant " +
                               wantSummary(sig));
      return;
    }
  }
  for (size_t i = 0; i < na; i++) {
    Type* pt;
    if (sig->variadic && i >= np - 1) pt = call->isDDD ? sig->params[np - 1].type : sig->params[np - 1].type->elem;
    else pt = sig->params[i].type;
    assign(args[i], pt, "argument to " + fname);
  }
}

static bool hasCallOrRecv(Node* n) {
  if (!n) return false;
  switch (n->op) {
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case ORECV: case OCALL: return true;
    default: break;
  }
  if (hasCallOrRecv(n->left) || hasCallOrRecv(n->right)) return true;
  for (Node* c : n->list)
    if (hasCallOrRecv(c)) return true;
  return false;
}

void Checker::builtinCall(Node*& n, Op op) {
  std::string bname = n->left->name;
  auto& args = n->list;
  size_t na = args.size();
  auto argCount = [&](size_t min, size_t max) {
    if (na < min) {
      error(n->pos, "not enough arguments for " + exprString(n) + " (expected " + std::to_string(min) + ", found " +
                        std::to_string(na) + ")");
      return false;
    }
    if (na > max) {
      error(args[max]->pos, "too many arguments for " + exprString(n) + " (expected " + std::to_string(max) +
                                ", found " + std::to_string(na) + ")");
      return false;
    }
    return true;
  };
  auto fail = [&]() {
    n->type = tInvalid;
    for (Node*& a : args)
      if (!a->typechecked) expr(a);
  };
  n->name = bname;
  if (n->isDDD && op != OAPPEND) {
    error(n->pos, "invalid operation: invalid use of ... with built-in " + bname);
    fail();
    return;
  }
  switch (op) {
    case OLEN:
    case OCAP: {
      if (!argCount(1, 1)) return fail();
      value(args[0]);
      Node* x = args[0];
      if (x->type == tInvalid) return fail();
      Type* u = under(x->type);
      if (u->kind == TPTR && under(u->elem)->kind == TARRAY) u = under(u->elem);
      bool ok = u->kind == TARRAY || u->kind == TSLICE || u->kind == TCHAN ||
                (op == OLEN && (u->isString() || u->kind == TMAP));
      if (!ok) {
        error(x->pos, "invalid argument: " + operandString(x) + " for " + bname);
        return fail();
      }
      std::string text = exprString(n);
      if (x->op == OLITERAL && x->type->isString()) {
        setConst(n, Constant::makeInt64(x->val.stringVal().size()), types::Int);
        n->name = text;
        return;
      }
      if (u->kind == TARRAY && !hasCallOrRecv(x)) {
        setConst(n, Constant::makeInt64(u->len), types::Int);
        n->name = text;
        return;
      }
      defaultType(args[0]);
      n->op = op;
      n->left = args[0];
      n->list.clear();
      n->type = types::Int;
      return;
    }
    case OAPPEND: {
      if (na == 0) {
        error(n->pos, "not enough arguments for append() (expected 1, found 0)");
        return fail();
      }
      value(args[0]);
      Node* s = args[0];
      if (s->type == tInvalid) return fail();
      if (s->type == types::UntypedNil) {
        error(s->pos, "first argument to append must be a typed slice; have untyped nil");
        return fail();
      }
      Type* st = under(s->type);
      if (st->kind != TSLICE) {
        error(s->pos, "first argument to append must be a slice; have " + operandString(s));
        return fail();
      }
      if (n->isDDD) {
        if (na != 2) {
          error(n->pos, "can only use ... with final argument in list");
          return fail();
        }
        value(args[1]);
        Node* t = args[1];
        if (t->type == tInvalid) return fail();
        // append([]byte, string...) is allowed.
        if (under(st->elem)->kind == TUINT8 && t->type->isString()) {
          defaultType(args[1]);
        } else {
          // The variadic parameter is []E (unnamed), so T2 is accepted for a T1 first argument.
          assign(args[1], newSlice(st->elem), "argument to append");
        }
      } else {
        for (size_t i = 1; i < na; i++) {
          value(args[i], st->elem);
          assign(args[i], st->elem, "argument to append");
        }
      }
      n->op = OAPPEND;
      n->type = s->type;
      return;
    }
    case OCOPY: {
      if (!argCount(2, 2)) return fail();
      value(args[0]);
      value(args[1]);
      if (args[0]->type == tInvalid || args[1]->type == tInvalid) return fail();
      Type* d = under(args[0]->type);
      Type* s = under(args[1]->type);
      if (d->kind != TSLICE) {
        error(args[0]->pos, "invalid argument: copy expects slice arguments; found " + operandString(args[0]) + " and " +
                          operandString(args[1]));
        return fail();
      }
      if (s->isString() && under(d->elem)->kind == TUINT8) {
        defaultType(args[1]);
      } else if (s->kind != TSLICE) {
        error(args[0]->pos, "invalid argument: copy expects slice arguments; found " + operandString(args[0]) + " and " +
                          operandString(args[1]));
        return fail();
      } else if (!identical(d->elem, s->elem)) {
        error(n->pos, "invalid argument: arguments to copy " + operandString(args[0]) + " and " +
                          operandString(args[1]) + " have different element types " + typeStringForError(d->elem) +
                          " and " + typeStringForError(s->elem));
        return fail();
      }
      n->op = OCOPY;
      n->left = args[0];
      n->right = args[1];
      n->list.clear();
      n->type = types::Int;
      return;
    }
    case ODELETE: {
      if (!argCount(2, 2)) return fail();
      value(args[0]);
      if (args[0]->type == tInvalid) return fail();
      Type* m = under(args[0]->type);
      if (m->kind != TMAP) {
        error(args[0]->pos, "invalid argument: " + operandString(args[0]) + " is not a map");
        return fail();
      }
      value(args[1], m->key);
      if (!assign(args[1], m->key, "argument to delete")) return fail();
      n->op = ODELETE;
      n->left = args[0];
      n->right = args[1];
      n->list.clear();
      n->type = tNoValue;
      return;
    }
    case OCLOSE: {
      if (!argCount(1, 1)) return fail();
      value(args[0]);
      if (args[0]->type == tInvalid) return fail();
      Type* c = under(args[0]->type);
      if (c->kind != TCHAN) {
        error(args[0]->pos, "invalid operation: cannot close non-channel " + operandString(args[0]));
        return fail();
      }
      if (c->chanDir == CDRecv) {
        error(args[0]->pos, "invalid operation: cannot close receive-only channel " + operandString(args[0]));
        return fail();
      }
      n->op = OCLOSE;
      n->left = args[0];
      n->list.clear();
      n->type = tNoValue;
      return;
    }
    case OMAKE: {
      if (na == 0) {
        error(n->pos, "not enough arguments for make() (expected 1, found 0)");
        return fail();
      }
      Type* T = typExpr(args[0]);
      if (T == tInvalid) return fail();
      Type* u = under(T);
      size_t min = 1, max = 1;
      if (u->kind == TSLICE) min = 2, max = 3;
      else if (u->kind == TMAP || u->kind == TCHAN) max = 2;
      else {
        error(args[0]->pos, "invalid argument: cannot make " + exprString(args[0]) + "; type must be slice, map, or channel");
        return fail();
      }
      if (na < min) {
        error(n->pos, "invalid operation: " + exprString(n) + " expects " + std::to_string(min) + " or " +
                          std::to_string(max) + " arguments; found " + std::to_string(na));
        return fail();
      }
      if (na > max) {
        error(n->pos, "invalid operation: " + exprString(n) + " expects " + std::to_string(min) + " or " +
                          std::to_string(max) + " arguments; found " + std::to_string(na));
        return fail();
      }
      int64_t vals[2] = {-1, -1};
      for (size_t i = 1; i < na; i++) {
        value(args[i]);
        Node*& a = args[i];
        if (a->type == tInvalid) return fail();
        if (a->op == OLITERAL) {
          Constant c = a->val.toInt();
          if (c.isUnknown() || !a->type->isNumeric()) {
            error(a->pos, (a->type->isNumeric() ? a->val.toString() + " (untyped float constant) truncated to int"
                                                : "cannot convert " + operandString(a) + " to type int"));
            return fail();
          }
          if (c.sign() < 0) {
            error(a->pos, "invalid argument: index " + operandString(a) + " must not be negative");
            return fail();
          }
          if (a->type->isUntyped()) convertUntyped(a, types::Int);
          if (c.fitsInt64()) vals[i - 1] = c.int64Val();
        } else if (!under(a->type)->isInteger()) {
          if (a->type->isUntyped()) convertUntyped(a, types::Int);
          else {
            error(a->pos, "cannot convert " + operandString(a) + " to type int");
            return fail();
          }
        }
      }
      if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1]) {
        error(args[1]->pos, "invalid argument: length and capacity swapped");
        return fail();
      }
      n->op = OMAKE;
      n->type = T;
      calcSize(T);
      return;
    }
    case ONEW: {
      if (!argCount(1, 1)) return fail();
      Type* T = typExpr(args[0]);
      if (T == tInvalid) return fail();
      calcSize(T);
      n->op = ONEW;
      n->left = args[0];
      n->list.clear();
      n->type = newPtr(T);
      return;
    }
    case OPANIC: {
      if (!argCount(1, 1)) return fail();
      value(args[0]);
      if (args[0]->type == tInvalid) return fail();
      assign(args[0], types::Any, "argument to panic");
      n->op = OPANIC;
      n->left = args[0];
      n->list.clear();
      n->type = tNoValue;
      return;
    }
    case OPRINT:
    case OPRINTN: {
      if (args.size() == 1) {  // println(g()) with a multi-value g prints each result
        expr(args[0]);
        Node* a = args[0];
        if (a->type && a->type->kind == TTUPLE && a->type != tNoValue && a->type->fields.size() > 1) {
          Node* as;
          args = spreadTuple(this, a, &as);
          n->init.push_back(as);
        }
      }
      for (Node*& a : args) {
        value(a);
        if (a->type == types::UntypedNil) {
          error(a->pos, "use of untyped nil in argument to built-in " + bname);
          a->type = tInvalid;
        }
        defaultType(a);
      }
      n->op = op;
      n->type = tNoValue;
      return;
    }
    case ORECOVER: {
      if (!argCount(0, 0)) return fail();
      if (curfn) curfn->hasRecover = true;
      n->op = ORECOVER;
      n->type = types::Any;
      return;
    }
    case OCOMPLEX: {
      if (!argCount(2, 2)) return fail();
      value(args[0]);
      value(args[1]);
      if (args[0]->type == tInvalid || args[1]->type == tInvalid) return fail();
      matchTypes(args[0], args[1]);
      Node* x = args[0];
      Node* y = args[1];
      if (x->type->isUntyped() && y->type->isUntyped() && x->op == OLITERAL && y->op == OLITERAL) {
        Constant re = x->val.toFloat(), im = y->val.toFloat();
        if (re.isUnknown() || im.isUnknown()) {
          error(x->pos, "invalid operation: complex(" + exprString(x) + ", " + exprString(y) + ") (mismatched types)");
          return fail();
        }
        std::string text = exprString(n);
        setConst(n, Constant::makeComplex(re, im), types::UntypedComplex);
        n->name = text;
        return;
      }
      if (x->type->isUntyped()) convertUntyped(args[0], types::Float64);
      if (y->type->isUntyped()) convertUntyped(args[1], args[0]->type);
      x = args[0];
      y = args[1];
      if (!identical(x->type, y->type)) {
        error(x->pos, "invalid operation: " + exprString(n) + " (mismatched types " + typeStringForError(x->type) +
                          " and " + typeStringForError(y->type) + ")");
        return fail();
      }
      Kind k = under(x->type)->kind;
      if (k != TFLOAT32 && k != TFLOAT64) {
        error(x->pos, "invalid argument: arguments have type " + typeStringForError(x->type) +
                          ", expected floating-point");
        return fail();
      }
      Type* rt = k == TFLOAT32 ? types::Complex64 : types::Complex128;
      if (x->op == OLITERAL && y->op == OLITERAL) {
        std::string text = exprString(n);
        setConst(n, Constant::makeComplex(x->val, y->val), rt);
        n->name = text;
        return;
      }
      n->op = OCOMPLEX;
      n->left = x;
      n->right = y;
      n->list.clear();
      n->type = rt;
      return;
    }
    case OREAL:
    case OIMAG: {
      if (!argCount(1, 1)) return fail();
      value(args[0]);
      Node* x = args[0];
      if (x->type == tInvalid) return fail();
      if (x->op == OLITERAL && x->type->isUntyped() && x->type->isNumeric()) {
        Constant c = x->val.toComplex();
        std::string text = exprString(n);
        setConst(n, op == OREAL ? c.real() : c.imag(), types::UntypedFloat);
        n->name = text;
        return;
      }
      Kind k = under(x->type)->kind;
      if (k != TCOMPLEX64 && k != TCOMPLEX128) {
        error(x->pos, "invalid argument: " + operandString(x) + " must be of complex type");
        return fail();
      }
      Type* rt = k == TCOMPLEX64 ? types::Float32 : types::Float64;
      if (x->op == OLITERAL) {
        std::string text = exprString(n);
        setConst(n, op == OREAL ? x->val.toComplex().real() : x->val.toComplex().imag(), rt);
        n->name = text;
        return;
      }
      n->op = op;
      n->left = x;
      n->list.clear();
      n->type = rt;
      return;
    }
    case OUNSAFESIZEOF:
    case OUNSAFEALIGNOF:
    case OUNSAFEOFFSETOF: {
      if (!argCount(1, 1)) return fail();
      std::string text = exprString(n);
      if (op == OUNSAFEOFFSETOF) {
        Node* a = args[0];
        while (a->op == OPAREN) a = a->left;
        args[0] = a;
        if (a->op != OXDOT) {
          expr(args[0]);
          error(args[0]->pos, "invalid argument: " + exprString(args[0]) + " is not a selector expression");
          return fail();
        }
        value(args[0]);
        Node* s = args[0];
        if (s->type == tInvalid) return fail();
        if (s->op != ODOT && s->op != ODOTPTR) {
          error(s->pos, "invalid argument: " + exprString(s) + " is a method value");
          return fail();
        }
        // Offset relative to the selector's base value: add implicit non-pointer steps.
        int64_t off = s->offset;
        // p.C with p *T2 and C promoted from embedded U2: the implicit step is (*p).U2, an ODOTPTR.
        for (Node* x = s->left; x && x->implicit && (x->op == ODOT || x->op == ODOTPTR); x = x->left)
          off += x->offset;
        setConst(n, Constant::makeInt64(off), types::Uintptr);
        n->name = text;
        return;
      }
      value(args[0]);
      if (args[0]->type == tInvalid) return fail();
      defaultType(args[0]);
      Type* t = args[0]->type;
      calcSize(t);
      setConst(n, Constant::makeInt64(op == OUNSAFESIZEOF ? t->size : t->align), types::Uintptr);
      n->name = text;
      return;
    }
    default:
      error(n->pos, "minigo: builtin " + bname + " not supported");
      return fail();
  }
}

}  // namespace minigo::tc
