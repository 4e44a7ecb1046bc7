// typecheck_expr.cpp — expressions: identifiers, operators with untyped
// constant folding, selectors (fields through embedded structs, methods,
// package members), indexing, slicing, composite and function literals,
// type assertions. Each rewrites its node to the resolved op, as gc does.
#include <algorithm>
#include <set>

#include "frontend/typecheck.h"

namespace minigo::tc {

bool mentionsTypeParam(Checker* c, Node* n);  // typecheck_generic.cpp

static ConstOp constOpOf(Op op) {
  switch (op) {
    case OADD: return ConstOp::Add;
    case OSUB: return ConstOp::Sub;
    case OMUL: return ConstOp::Mul;
    case ODIV: return ConstOp::Quo;
    case OMOD: return ConstOp::Rem;
    case OAND: return ConstOp::And;
    case OOR: return ConstOp::Or;
    case OXOR: return ConstOp::Xor;
    case OANDNOT: return ConstOp::AndNot;
    case OLSH: return ConstOp::Shl;
    case ORSH: return ConstOp::Shr;
    case OEQ: return ConstOp::Eql;
    case ONE: return ConstOp::Neq;
    case OLT: return ConstOp::Lss;
    case OLE: return ConstOp::Leq;
    case OGT: return ConstOp::Gtr;
    case OGE: return ConstOp::Geq;
    case OANDAND: return ConstOp::LAnd;
    case OOROR: return ConstOp::LOr;
    case ONEG: return ConstOp::Neg;
    case OPLUS: return ConstOp::Plus;
    case ONOT: return ConstOp::Not;
    case OBITNOT: return ConstOp::BitNot;
    default: return ConstOp::Add;
  }
}

static const char* opText(Op op) {
  switch (op) {
    case OADD: return "+"; case OSUB: return "-"; case OMUL: return "*"; case ODIV: return "/";
    case OMOD: return "%"; case OAND: return "&"; case OOR: return "|"; case OXOR: return "^";
    case OANDNOT: return "&^"; case OLSH: return "<<"; case ORSH: return ">>"; case OEQ: return "==";
    case ONE: return "!="; case OLT: return "<"; case OLE: return "<="; case OGT: return ">";
    case OGE: return ">="; case OANDAND: return "&&"; case OOROR: return "||"; case ONOT: return "!";
    case ONEG: return "-"; case OPLUS: return "+"; case OBITNOT: return "^";
    default: return "?";
  }
}

static Type* under(Type* t) { return t && t->underlying ? t->underlying : t; }

void Checker::expr(Node*& n, Type* hint) {
  if (!n) return;
  if (n->typechecked && n->type) return;
  switch (n->op) {
    case ONONAME: ident(n); break;
    case OLITERAL:
      if (!n->type) {
        switch (n->val.kind()) {
          case Constant::Bool: n->type = types::UntypedBool; break;
          case Constant::String: n->type = types::UntypedString; break;
          case Constant::Int:
            n->type = !n->name.empty() && n->name[0] == '\'' ? types::UntypedRune : types::UntypedInt;
            break;
          case Constant::Float: n->type = types::UntypedFloat; break;
          case Constant::Complex: n->type = types::UntypedComplex; break;
          default: n->type = tInvalid; break;
        }
      }
      break;
    case ONIL: n->type = types::UntypedNil; break;
    case OPAREN: {
      Node* inner = n->left;
      expr(inner, hint);
      n = inner;
      return;
    }
    case OTYPE: case OTARRAY: case OTSLICE: case OTMAP: case OTCHAN: case OTPTR: case OTFUNC:
    case OTSTRUCT: case OTINTER: case OTINST:
      typExpr(n);
      break;
    case ONOT: case ONEG: case OPLUS: case OBITNOT: case OADDR: case ODEREF: case ORECV:
      unary(n);
      break;
    case OADD: case OSUB: case OMUL: case ODIV: case OMOD: case OLSH: case ORSH: case OAND: case OOR:
    case OXOR: case OANDNOT: case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE: case OANDAND:
    case OOROR:
      binary(n);
      break;
    case OCALL: call(n); break;
    case OXDOT: selector(n); break;
    case OINDEX: index(n); break;
    case OSLICE: case OSLICE3: sliceExpr(n); break;
    case OCOMPLIT: compositeLit(n, hint); break;
    case OFUNCLIT: funcLit(n); break;
    case ODOTTYPE: {
      value(n->left);
      bool tparam = mentionsTypeParam(this, n->right);  // gc checks these once, generically
      Type* T = typExpr(n->right);
      Node* x = n->left;
      n->type = tInvalid;
      if (x->type == tInvalid || T == tInvalid) break;
      if (under(x->type)->kind != TINTER) {
        error(x->pos, "invalid operation: " + operandString(x) + " is not an interface");
        break;
      }
      std::string why;
      if (!tparam && T->kind != TINTER && !implements(T, x->type, &why)) {
        error(n->pos, "impossible type assertion: " + exprString(n) + "\n\t" + why);
        break;
      }
      calcSize(T);
      n->type = T;
      break;
    }
    case OKEY:
      error(n->pos, "unexpected key:value expression");
      n->type = tInvalid;
      break;
    default:
      if (!n->type) n->type = tInvalid;
      break;
  }
  n->typechecked = true;
  if (!n->type) {
    if (!(n->op == ONAME && n->name_ && n->name_->kind == ObjKind::Builtin)) n->type = tInvalid;
  } else if (n->type != tInvalid && n->type->kind != TTUPLE && !n->type->isUntyped()) {
    calcSize(n->type);
  }
}

void Checker::value(Node*& n, Type* hint) {
  expr(n, hint);
  if (!n) return;
  if (n->type == tInvalid) return;
  if (n->op == OTYPE) {
    error(n->pos, exprString(n) + " (type) is not an expression");
    n->type = tInvalid;
    return;
  }
  if (n->op == OPACK) {
    error(n->pos, "use of package " + n->name + " not in selector");
    n->type = tInvalid;
    return;
  }
  if (n->op == ONAME && n->name_ && n->name_->kind == ObjKind::Builtin) {
    error(n->pos, exprString(n) + " (built-in) must be called");
    n->type = tInvalid;
    return;
  }
  if (n->type == tNoValue) {
    error(n->pos, exprString(n) + " (no value) used as value");
    n->type = tInvalid;
    return;
  }
  if (n->type && n->type->kind == TTUPLE) {
    error(n->pos, "multiple-value " + exprString(n) + " (value of type " + typeStringForError(n->type) +
                      ") in single-value context");
    n->type = tInvalid;
    return;
  }
  // A method selected but not called is a method value (bound receiver).
  if (n->op == ODOTMETH || n->op == ODOTINTER) n->op = OMETHVALUE;
}

void Checker::rvalue(Node*& n, Type* hint) {
  value(n, hint);
  defaultType(n);
}

void Checker::ident(Node*& n) {
  if (n->name == "_") {
    error(n->pos, "cannot use _ as value");
    n->type = tInvalid;
    return;
  }
  Name* nm = lookup(n->name);
  if (!nm) {
    error(n->pos, "undefined: " + n->name);
    n->type = tInvalid;
    return;
  }
  if (genericDecls.count(nm)) {
    error(n->pos, std::string("cannot use generic ") + (nm->kind == ObjKind::Type ? "type " + genericString(nm) : "function " + n->name) +
                      " without instantiation");
    n->type = tInvalid;
    return;
  }
  switch (nm->kind) {
    case ObjKind::Var: {
      if (nm->cls == PEXTERN) {
        resolveDecl(nm);
        recordDep(nm);
      }
      nm->used = true;
      Name* v = captureVar(nm);
      n->op = ONAME;
      n->name_ = v;
      n->type = v->type ? v->type : tInvalid;
      if (v->outer) {
        for (Name* o = v->outer; o; o = o->outer) o->used = true;
      }
      return;
    }
    case ObjKind::Const: {
      if (nm->sym == "iota" && !nm->defn && declInfo.find(nm) == declInfo.end() && lookup("iota") == nm &&
          nm->pos.line == 0) {
        if (iota < 0) {
          error(n->pos, "cannot use iota outside constant declaration");
          n->type = tInvalid;
          return;
        }
        setConst(n, Constant::makeInt64(iota), types::UntypedInt);
        n->name = "iota";
        return;
      }
      resolveDecl(nm);
      nm->used = true;
      if (!nm->type || nm->type == tInvalid) {
        n->type = tInvalid;
        return;
      }
      std::string text = n->name;
      setConst(n, nm->val, nm->type);
      n->name = text;
      return;
    }
    case ObjKind::Type:
      resolveDecl(nm);
      n->op = OTYPE;
      n->name_ = nm;
      n->type = nm->type ? nm->type : tInvalid;
      return;
    case ObjKind::Func:
      resolveDecl(nm);
      recordDep(nm);
      n->op = ONAME;
      n->name_ = nm;
      n->type = nm->type ? nm->type : tInvalid;
      return;
    case ObjKind::Builtin:
      n->op = ONAME;
      n->name_ = nm;
      n->type = nullptr;
      return;
    case ObjKind::Pkg:
      nm->used = true;
      n->op = OPACK;
      n->name_ = nm;
      n->type = tInvalid;
      error(n->pos, "use of package " + n->name + " not in selector");
      return;
    case ObjKind::Nil:
      n->op = ONIL;
      n->type = types::UntypedNil;
      return;
    default:
      n->type = tInvalid;
      return;
  }
}

bool Checker::addressable(Node* n) {
  if (!n) return false;
  switch (n->op) {
    case ONAME: return n->name_ && n->name_->kind == ObjKind::Var;
    case ODEREF: case ODOTPTR: return true;
    case ODOT: return addressable(n->left);
    case OINDEX: {
      Type* t = under(n->left->type);
      if (t && t->kind == TSLICE) return true;
      if (t && t->kind == TSTRING) return false;
      return addressable(n->left);
    }
    case OPAREN: return addressable(n->left);
    default: return false;
  }
}

void Checker::markAddrTaken(Node* n) {
  while (n) {
    if (n->op == ONAME) {
      if (n->name_) {
        for (Name* v = n->name_; v; v = v->outer) v->addrtaken = true;
      }
      return;
    }
    if (n->op == ODOT || n->op == OPAREN) {
      n = n->left;
      continue;
    }
    if (n->op == OINDEX && under(n->left->type) && under(n->left->type)->kind == TARRAY) {
      n = n->left;
      continue;
    }
    return;
  }
}

void Checker::unary(Node*& n) {
  if (n->op == OADDR) {
    Node* x = n->left;
    while (x && x->op == OPAREN) x = x->left;
    n->left = x;
    if (x->op == OCOMPLIT) {
      expr(n->left);
      n->type = n->left->type == tInvalid ? tInvalid : newPtr(n->left->type);
      return;
    }
    value(n->left);
    if (n->left->type == tInvalid) {
      n->type = tInvalid;
      return;
    }
    if (!addressable(n->left)) {
      error(n->pos, "invalid operation: cannot take address of " + operandString(n->left));
      n->type = tInvalid;
      return;
    }
    markAddrTaken(n->left);
    n->type = newPtr(n->left->type);
    return;
  }
  if (n->op == ODEREF) {
    expr(n->left);
    Node* x = n->left;
    if (x->op == OTYPE) {  // *T in expression position is a pointer type
      Type* t = x->type == tInvalid ? tInvalid : newPtr(x->type);
      n->op = OTYPE;
      n->type = t;
      return;
    }
    value(n->left);
    x = n->left;
    if (x->type == tInvalid) {
      n->type = tInvalid;
      return;
    }
    if (x->type == types::UntypedNil) {
      error(x->pos, "invalid operation: cannot indirect nil");
      n->type = tInvalid;
      return;
    }
    if (under(x->type)->kind != TPTR) {
      error(x->pos, "invalid operation: cannot indirect " + operandString(x));
      n->type = tInvalid;
      return;
    }
    n->type = under(x->type)->elem;
    return;
  }
  if (n->op == ORECV) {
    value(n->left);
    Node* x = n->left;
    if (x->type == tInvalid) {
      n->type = tInvalid;
      return;
    }
    Type* u = under(x->type);
    if (u->kind != TCHAN) {
      error(x->pos, "invalid operation: cannot receive from non-channel " + operandString(x));
      n->type = tInvalid;
      return;
    }
    if (u->chanDir == CDSend) {
      error(x->pos, "invalid operation: cannot receive from send-only channel " + operandString(x));
      n->type = tInvalid;
      return;
    }
    n->type = u->elem;
    return;
  }
  value(n->left);
  Node* x = n->left;
  if (x->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  Type* u = under(x->type);
  bool ok = n->op == ONOT ? u->isBoolean() : n->op == OBITNOT ? u->isInteger() : u->isNumeric();
  if (!ok) {
    error(x->pos, std::string("invalid operation: operator ") + opText(n->op) + " not defined on " + operandString(x));
    n->type = tInvalid;
    return;
  }
  n->type = x->type;
  if (x->op == OLITERAL) {
    std::string err;
    int width = 0;
    if (!x->type->isUntyped() && u->isUnsigned()) width = (int)(u->size > 0 ? u->size * 8 : 64);
    Constant v = Constant::unaryOp(constOpOf(n->op), x->val, width, u->isUnsigned(), &err);
    if (v.isUnknown()) {
      error(n->pos, "invalid operation: " + (err.empty() ? "constant error" : err));
      n->type = tInvalid;
      return;
    }
    std::string text = exprString(n);
    setConst(n, v, x->type);
    n->name = text;
    checkTypedConst(n);
  }
}

static bool kindsCompatible(Type* untyped, Type* typed) {
  Type* u = under(typed);
  if (u->kind == TINTER) return true;
  if (untyped == types::UntypedNil) {
    switch (u->kind) {
      case TPTR: case TFUNC: case TSLICE: case TMAP: case TCHAN: case TINTER: case TUNSAFEPTR: return true;
      default: return false;
    }
  }
  if (untyped->isBoolean() != u->isBoolean()) return false;
  if (untyped->isString() != u->isString()) return false;
  if (u->kind == TPTR) return false;
  return untyped->isNumeric() == u->isNumeric();
}

// types2's matchTypes: an untyped operand takes the type of the other.
void Checker::matchTypes(Node*& x, Node*& y) {
  bool xu = x->type->isUntyped(), yu = y->type->isUntyped();
  if (xu && yu) {
    if (x->type == types::UntypedNil || y->type == types::UntypedNil) return;
    if (x->type->isNumeric() && y->type->isNumeric()) {
      if (x->type->kind < y->type->kind) convertUntyped(x, y->type);
      else if (y->type->kind < x->type->kind) convertUntyped(y, x->type);
    }
    return;
  }
  if (xu && kindsCompatible(x->type, y->type)) {
    if (under(y->type)->kind == TINTER && x->type != types::UntypedNil) defaultType(x);
    else convertUntyped(x, y->type);
  } else if (yu && kindsCompatible(y->type, x->type)) {
    if (under(x->type)->kind == TINTER && y->type != types::UntypedNil) defaultType(y);
    else convertUntyped(y, x->type);
  }
}

void Checker::binary(Node*& n) {
  if (n->op == OLSH || n->op == ORSH) {
    shift(n);
    return;
  }
  if (n->op >= OEQ && n->op <= OGE) {
    comparison(n);
    return;
  }
  value(n->left);
  value(n->right);
  Node*& x = n->left;
  Node*& y = n->right;
  if (x->type == tInvalid || y->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  matchTypes(x, y);
  if (x->type == tInvalid || y->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  if (!identical(x->type, y->type)) {
    error(x->pos, "invalid operation: " + exprString(n) + " (mismatched types " + typeNameOf(x) +
                      " and " + typeNameOf(y) + ")");
    n->type = tInvalid;
    return;
  }
  Type* u = under(x->type);
  bool ok;
  switch (n->op) {
    case OADD: ok = u->isNumeric() || u->isString(); break;
    case OSUB: case OMUL: case ODIV: ok = u->isNumeric(); break;
    case OMOD: case OAND: case OOR: case OXOR: case OANDNOT: ok = u->isInteger(); break;
    case OANDAND: case OOROR: ok = u->isBoolean(); break;
    default: ok = false;
  }
  if (!ok) {
    error(x->pos, std::string("invalid operation: operator ") + opText(n->op) + " not defined on " + operandString(x));
    n->type = tInvalid;
    return;
  }
  if ((n->op == ODIV || n->op == OMOD) && y->op == OLITERAL && (x->op == OLITERAL || u->isInteger()) &&
      y->val.sign() == 0 && !(y->val.kind() == Constant::Complex && !y->val.imag().isUnknown() && y->val.imag().sign() != 0)) {
    error(y->pos, "invalid operation: division by zero");
    n->type = tInvalid;
    return;
  }
  n->type = x->type;
  if (x->op == OLITERAL && y->op == OLITERAL) {
    ConstOp cop = constOpOf(n->op);
    if (n->op == ODIV && !u->isInteger()) cop = ConstOp::QuoExact;
    std::string err;
    Constant v = Constant::binaryOp(x->val, cop, y->val, &err);
    if (v.isUnknown()) {
      error(y->pos, "invalid operation: " + (err.empty() ? std::string("constant error") : err));
      n->type = tInvalid;
      return;
    }
    std::string text = exprString(n);
    setConst(n, v, x->type);
    n->name = text;
    checkTypedConst(n);
    return;
  }
  if (n->op == OADD && u->isString()) {
    // Flatten a + b + c into one OADDSTR (walk: concatstrings).
    std::vector<Node*> parts;
    for (Node* side : {x, y}) {
      if (side->op == OADDSTR) parts.insert(parts.end(), side->list.begin(), side->list.end());
      else parts.push_back(side);
    }
    n->op = OADDSTR;
    n->list = parts;
    n->left = n->right = nullptr;
  }
}

void Checker::shift(Node*& n) {
  value(n->left);
  value(n->right);
  Node*& x = n->left;
  Node*& y = n->right;
  if (x->type == tInvalid || y->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  // The count: an integer (untyped constants must be non-negative integers).
  if (y->op == OLITERAL) {
    Constant c = y->val.toInt();
    if (c.isUnknown() || !y->type->isNumeric()) {
      error(y->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
      n->type = tInvalid;
      return;
    }
    if (c.sign() < 0) {
      error(y->pos, "invalid operation: negative shift count " + operandString(y));
      n->type = tInvalid;
      return;
    }
    if (y->type->isUntyped()) {
      y->val = c;
      y->type = types::Uint;
    }
  } else if (!under(y->type)->isInteger()) {
    error(y->pos, "invalid operation: shift count " + operandString(y) + " must be integer");
    n->type = tInvalid;
    return;
  }
  if (x->op == OLITERAL) {
    Constant xi = x->val.toInt();
    if (xi.isUnknown() || !x->type->isNumeric()) {
      error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
      n->type = tInvalid;
      return;
    }
    if (x->type->isUntyped()) {
      x->val = xi;
      if (x->type->kind != TIDEAL_RUNE) x->type = types::UntypedInt;
    } else if (!under(x->type)->isInteger()) {
      error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
      n->type = tInvalid;
      return;
    }
    if (y->op == OLITERAL) {
      if (!y->val.fitsUint64() || y->val.uint64Val() > 10000) {
        error(y->pos, "invalid shift count " + operandString(y));
        n->type = tInvalid;
        return;
      }
      std::string err;
      Constant v = Constant::shift(x->val, n->op == OLSH ? ConstOp::Shl : ConstOp::Shr, y->val.uint64Val(), &err);
      if (v.isUnknown()) {
        error(y->pos, "invalid shift count " + operandString(y));
        n->type = tInvalid;
        return;
      }
      std::string text = exprString(n);
      Type* t = x->type;
      setConst(n, v, t);
      n->name = text;
      checkTypedConst(n);
      return;
    }
    // 1 << s: the result is untyped until the context gives it a type.
    n->type = x->type;
    return;
  }
  if (!under(x->type)->isInteger()) {
    error(x->pos, "invalid operation: shifted operand " + operandString(x) + " must be integer");
    n->type = tInvalid;
    return;
  }
  n->type = x->type;
}

static std::string incomparableCause(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TSLICE: return "slice can only be compared to nil";
    case TMAP: return "map can only be compared to nil";
    case TFUNC: return "func can only be compared to nil";
    case TSTRUCT:
      for (auto& f : u->fields) {
        Type* fu = under(f.type);
        if (fu->kind == TSLICE || fu->kind == TMAP || fu->kind == TFUNC || fu->kind == TSTRUCT || fu->kind == TARRAY)
          if (!incomparableCause(f.type).empty()) return "struct containing " + typeStringForError(f.type) + " cannot be compared";
      }
      return "";
    case TARRAY:
      if (!incomparableCause(u->elem).empty()) return typeStringForError(t) + " cannot be compared";
      return "";
    default: return "";
  }
}

void Checker::comparison(Node*& n) {
  value(n->left);
  value(n->right);
  Node*& x = n->left;
  Node*& y = n->right;
  if (x->type == tInvalid || y->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  bool xnil = x->type == types::UntypedNil, ynil = y->type == types::UntypedNil;
  matchTypes(x, y);
  if (x->type == tInvalid || y->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  std::string desc = exprString(n);
  bool assignable = assignableTo(x->type, x, y->type, nullptr) || assignableTo(y->type, y, x->type, nullptr);
  if (!assignable || (x->type->isUntyped() && y->type->isUntyped() && x->type != y->type &&
                      !(x->type->isNumeric() && y->type->isNumeric()))) {
    error(y->pos, "invalid operation: " + desc + " (mismatched types " + typeNameOf(x) + " and " +
                      typeNameOf(y) + ")");
    n->type = tInvalid;
    return;
  }
  bool eq = n->op == OEQ || n->op == ONE;
  if (eq) {
    if (xnil || ynil) {
      Type* other = xnil ? y->type : x->type;
      if (xnil && ynil) {
        error(x->pos, "invalid operation: " + desc + " (operator " + opText(n->op) + " not defined on nil)");
        n->type = tInvalid;
        return;
      }
      (void)other;
    } else {
      for (Node* side : {x, y}) {
        std::string cause = comparable(side->type) ? "" : incomparableCause(side->type);
        if (!comparable(side->type)) {
          error(side->pos, "invalid operation: " + desc + " (" + cause + ")");
          n->type = tInvalid;
          return;
        }
      }
    }
  } else {
    Type* u = under(x->type);
    if (!(u->isInteger() || u->isFloat() || u->isString())) {
      std::string k;
      switch (u->kind) {
        case TARRAY: k = "array"; break;
        case TSLICE: k = "slice"; break;
        case TSTRUCT: k = "struct"; break;
        case TPTR: k = "pointer"; break;
        case TFUNC: k = "func"; break;
        case TINTER: k = "interface"; break;
        case TMAP: k = "map"; break;
        case TCHAN: k = "chan"; break;
        default: k = typeStringForError(x->type);
      }
      error(x->pos, "invalid operation: " + desc + " (operator " + opText(n->op) + " not defined on " + k + ")");
      n->type = tInvalid;
      return;
    }
  }
  if (x->op == OLITERAL && y->op == OLITERAL) {
    bool r = Constant::compare(x->val, constOpOf(n->op), y->val);
    setConst(n, Constant::makeBool(r), types::UntypedBool);
    n->name = desc;
    return;
  }
  // Mixed interface / concrete comparisons compare interface values.
  if (!xnil && !ynil) {
    if (under(x->type)->kind == TINTER && under(y->type)->kind != TINTER) wrapIface(y, x->type);
    else if (under(y->type)->kind == TINTER && under(x->type)->kind != TINTER) wrapIface(x, y->type);
    // Two different interface types: compare as the wider one (itab words differ from type words).
    else if (under(x->type)->kind == TINTER && !identical(x->type, y->type)) {
      if (assignableTo(x->type, x, y->type, nullptr)) wrapIface(x, y->type);
      else wrapIface(y, x->type);
    }
    defaultType(x);
    defaultType(y);
  }
  n->type = types::UntypedBool;
}

Node* Checker::implicitDot(Node* x, const Selection& sel, size_t upto) {
  for (size_t k = 0; k < upto; k++) {
    bool viaPtr = sel.viaPtr[k];
    Type* st = under(viaPtr ? under(x->type)->elem : x->type);
    calcSize(st);
    const Field& f = st->fields[sel.path[k]];
    Node* d = newNode(viaPtr ? ODOTPTR : ODOT, x->pos);
    d->left = x;
    d->name = f.name;
    d->fieldIndex = sel.path[k];
    d->offset = f.offset;
    d->type = f.type;
    d->implicit = true;
    d->typechecked = true;
    calcSize(f.type);
    x = d;
  }
  return x;
}

void Checker::selector(Node*& n) {
  Pos selPos = afterPos(n->left, 1);
  Node* l = n->left;
  while (l && l->op == OPAREN) l = l->left;
  if (l && l->op == ONONAME) {
    Name* pn = lookup(l->name);
    if (pn && pn->kind == ObjKind::Pkg) {
      pn->used = true;
      const StdPackage* sp = lookupStdPackage(importOf[pn]->name);
      auto it = sp->members.find(n->name);
      if (it == sp->members.end() || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
        if (it == sp->members.end() || true) {
          error(selPos, "undefined: " + l->name + "." + n->name);
        }
        n->type = tInvalid;
        return;
      }
      Name* m = it->second;
      std::string text = l->name + "." + n->name;
      switch (m->kind) {
        case ObjKind::Const:
          setConst(n, m->val, m->type);
          n->name = text;
          return;
        case ObjKind::Type:
          n->op = OTYPE;
          n->type = m->type;
          n->name = text;
          n->name_ = m;
          n->left = nullptr;
          return;
        default:
          // A std-lib package variable (os.Args, io.EOF) gets a slot in the
          // globals area; vm::initStdGlobals fills it before init runs.
          if (m->kind == ObjKind::Var && m->cls == PEXTERN &&
              std::find(pkg->globals.begin(), pkg->globals.end(), m) == pkg->globals.end()) {
            calcSize(m->type);
            pkg->globals.push_back(m);
          }
          n->op = ONAME;
          n->name_ = m;
          n->type = m->type;
          n->name = text;
          n->left = nullptr;
          return;
      }
    }
  }
  expr(n->left);
  Node* x = n->left;
  if (x->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  if (x->op == OTYPE) {
    // Method expression T.M / (*T).M.
    Type* T = x->type;
    Selection sel = lookupFieldOrMethod(T, n->name);
    if (sel.kind != Selection::Method) {
      error(selPos, exprString(n) + " undefined (type " + typeStringForError(T) + " has no method " + n->name + ")");
      n->type = tInvalid;
      return;
    }
    bool isPtr = T->kind == TPTR && !T->isNamed();
    if (sel.method->ptrRecv && !isPtr && !sel.indirect && sel.recvBase->kind != TINTER) {
      error(n->pos, "invalid method expression " + exprString(n) + " (needs pointer receiver (*" +
                        typeStringForError(T) + ")." + n->name + ")");
      n->type = tInvalid;
      return;
    }
    std::vector<Field> params{Field{"", T}};
    for (auto& p : sel.type->params) params.push_back(p);
    if (sel.method->fn && sel.method->fn->nname) recordDep(sel.method->fn->nname);  // init order, as for x.M
    n->op = OMETHEXPR;
    n->type = newFunc(params, sel.type->results, sel.type->variadic);
    calcSize(n->type);
    return;
  }
  value(n->left);
  x = n->left;
  if (x->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  Type* T = x->type;
  if (T->isUntyped()) {
    defaultType(n->left);
    x = n->left;
    T = x->type;
  }
  Selection sel = lookupFieldOrMethod(T, n->name);
  if (sel.kind == Selection::None) {
    std::string why = "type " + typeStringForError(T) + " has no field or method " + n->name;
    if (T->kind == TPTR && !T->isNamed() && under(T->elem)->kind == TINTER)
      why = "type " + typeStringForError(T) + " is pointer to interface, not interface";
    else {
      // gc hints at a different capitalisation.
      std::string alt = n->name;
      alt[0] = (alt[0] >= 'a' && alt[0] <= 'z') ? alt[0] - 32 : (alt[0] >= 'A' && alt[0] <= 'Z') ? alt[0] + 32 : alt[0];
      if (alt != n->name && lookupFieldOrMethod(T, alt).kind != Selection::None)
        why += ", but does have " + alt;
    }
    error(selPos, exprString(n) + " undefined (" + why + ")");
    n->type = tInvalid;
    return;
  }
  if (sel.kind == Selection::Ambiguous) {
    error(selPos, "ambiguous selector " + exprString(n));
    n->type = tInvalid;
    return;
  }
  if (sel.kind == Selection::Field) {
    Node* base = implicitDot(x, sel, sel.path.size() - 1);
    bool viaPtr = sel.viaPtr.back();
    Type* st = under(viaPtr ? under(base->type)->elem : base->type);
    calcSize(st);
    const Field& f = st->fields[sel.path.back()];
    n->op = viaPtr ? ODOTPTR : ODOT;
    n->left = base;
    n->fieldIndex = sel.path.back();
    n->offset = f.offset;
    n->type = f.type;
    return;
  }
  // Method: walk to the embedded value declaring it, then adjust & / *.
  Node* recv = implicitDot(x, sel, sel.path.size());
  if (sel.recvBase->kind == TINTER) {
    if (sel.lastPtr) {
      Node* d = newNode(ODEREF, recv->pos);
      d->left = recv;
      d->type = under(recv->type)->elem;
      d->implicit = true;
      d->typechecked = true;
      recv = d;
    }
    n->op = ODOTINTER;
    n->left = recv;
    n->type = sel.type;
    return;
  }
  bool recvIsPtr = sel.path.empty() ? (T->kind == TPTR) : sel.lastPtr;
  if (sel.method->ptrRecv && !recvIsPtr) {
    if (!addressable(recv)) {
      error(selPos, "cannot call pointer method " + n->name + " on " + typeStringForError(recv->type));
      n->type = tInvalid;
      return;
    }
    markAddrTaken(recv);
    Node* a = newNode(OADDR, recv->pos);
    a->left = recv;
    a->type = newPtr(recv->type);
    calcSize(a->type);
    a->implicit = true;
    a->typechecked = true;
    recv = a;
  } else if (!sel.method->ptrRecv && recvIsPtr) {
    Node* d = newNode(ODEREF, recv->pos);
    d->left = recv;
    d->type = under(recv->type)->elem;
    d->implicit = true;
    d->typechecked = true;
    recv = d;
  }
  n->op = ODOTMETH;
  n->left = recv;
  n->type = sel.type;
  n->func = sel.method->fn;
  if (sel.method->fn && sel.method->fn->nname) recordDep(sel.method->fn->nname);
}

static bool constIndex(Node* i, int64_t* v) {
  if (i->op != OLITERAL) return false;
  Constant c = i->val.toInt();
  if (c.isUnknown() || !c.fitsInt64()) return false;
  *v = c.int64Val();
  return true;
}

// Checks an index operand: integer, non-negative if constant, below max (if >= 0).
static bool checkIndex(Checker* c, Node*& i, int64_t max, const char* what) {
  c->value(i);
  if (i->type == tInvalid) return false;
  if (i->type->isUntyped() && i->op == OLITERAL) {
    Constant iv = i->val.toInt();
    if (!i->type->isNumeric()) {
      c->error(i->pos, "cannot convert " + c->operandString(i) + " to int");
      return false;
    }
    if (iv.isUnknown()) {
      c->error(i->pos, c->operandString(i) + " truncated to int");
      return false;
    }
    c->convertUntyped(i, types::Int);
    if (i->type == tInvalid) return false;
  } else if (i->type->isUntyped()) {
    c->convertUntyped(i, types::Int);
  }
  if (!under(i->type)->isInteger()) {
    c->error(i->pos, std::string("invalid argument: ") + what + " " + c->operandString(i) + " must be integer");
    return false;
  }
  int64_t v;
  if (constIndex(i, &v)) {
    if (v < 0) {
      c->error(i->pos, std::string("invalid argument: ") + what + " " + c->operandString(i) + " must not be negative");
      return false;
    }
    if (max >= 0 && v >= max) {
      c->error(i->pos, std::string("invalid argument: ") + what + " " + std::to_string(v) + " out of bounds [0:" +
                           std::to_string(max) + "]");
      return false;
    }
  }
  return true;
}

void Checker::index(Node*& n) {
  if (genericOf(n->left)) {
    genericInst(n);
    return;
  }
  expr(n->left);
  Node* x = n->left;
  if (x->type == tInvalid) {
    n->type = tInvalid;
    value(n->right);
    return;
  }
  if (x->op == OTYPE) {
    error(n->pos, "minigo: generics not yet supported");
    n->type = tInvalid;
    return;
  }
  value(n->left);
  x = n->left;
  if (x->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  Type* u = under(x->type);
  if (u->kind == TPTR && under(u->elem)->kind == TARRAY) {
    Node* d = newNode(ODEREF, x->pos);
    d->left = x;
    d->type = u->elem;
    d->implicit = true;
    d->typechecked = true;
    n->left = x = d;
    u = under(u->elem);
  }
  switch (u->kind) {
    case TSTRING: case TIDEAL_STRING: {
      int64_t max = x->op == OLITERAL ? (int64_t)x->val.stringVal().size() : -1;
      if (!checkIndex(this, n->right, max, "index")) {
        n->type = tInvalid;
        return;
      }
      if (x->type->isUntyped()) defaultType(n->left);
      int64_t iv;
      if (x->op == OLITERAL && constIndex(n->right, &iv)) {
        // Indexing a constant string is not a constant, but its value is known.
        n->type = types::Byte;
        return;
      }
      n->type = types::Byte;
      return;
    }
    case TARRAY:
      if (!checkIndex(this, n->right, u->len, "index")) {
        n->type = tInvalid;
        return;
      }
      n->type = u->elem;
      return;
    case TSLICE:
      if (!checkIndex(this, n->right, -1, "index")) {
        n->type = tInvalid;
        return;
      }
      n->type = u->elem;
      return;
    case TMAP:
      value(n->right);
      if (n->right->type == tInvalid || !assign(n->right, u->key, "map index")) {
        n->type = tInvalid;
        return;
      }
      n->op = OINDEXMAP;
      n->type = u->elem;
      return;
    default:
      error(afterPos(x, 0), "invalid operation: cannot index " + operandString(x));
      n->type = tInvalid;
      return;
  }
}

void Checker::sliceExpr(Node*& n) {
  value(n->left);
  Node* x = n->left;
  // gc's position of a slice expression is its '[' (syntax.StartPos stops there).
  if (endCol(x) > 0) n->pos = afterPos(x, 0);
  if (x->type == tInvalid) {
    n->type = tInvalid;
    return;
  }
  Type* u = under(x->type);
  int64_t max = -1;
  bool three = n->op == OSLICE3;
  Type* result = nullptr;
  Op op = n->op;
  switch (u->kind) {
    case TSTRING: case TIDEAL_STRING:
      if (three) {
        error(n->pos, "invalid operation: 3-index slice of string");
        n->type = tInvalid;
        return;
      }
      if (x->op == OLITERAL) max = x->val.stringVal().size() + 1;
      defaultType(n->left);
      x = n->left;
      result = x->type;
      op = OSLICESTR;
      break;
    case TARRAY: {
      if (!addressable(x)) {
        error(n->pos, "invalid operation: " + exprString(x) + " (slice of unaddressable value)");
        n->type = tInvalid;
        return;
      }
      markAddrTaken(x);
      max = u->len + 1;
      Node* a = newNode(OADDR, x->pos);
      a->left = x;
      a->type = newPtr(x->type);
      calcSize(a->type);
      a->implicit = true;
      a->typechecked = true;
      n->left = a;
      result = newSlice(u->elem);
      op = OSLICEARR;
      break;
    }
    case TPTR:
      if (under(u->elem)->kind == TARRAY) {
        max = under(u->elem)->len + 1;
        result = newSlice(under(u->elem)->elem);
        op = OSLICEARR;
        break;
      }
      [[fallthrough]];
    default:
      if (u->kind == TSLICE) {
        result = x->type;
        break;
      }
      error(n->pos, "cannot slice " + operandString(x));
      n->type = tInvalid;
      return;
  }
  if (three && (n->list.size() < 3 || !n->list[1] || !n->list[2])) {
    error(n->pos, "middle index required in 3-index slice");
  }
  int64_t prev = -1;
  bool ok = true;
  for (Node*& i : n->list) {
    if (!i) continue;
    if (!checkIndex(this, i, max, "index")) {
      ok = false;
      continue;
    }
    int64_t v;
    if (constIndex(i, &v)) {
      if (prev >= 0 && v < prev) {
        error(i->pos, "invalid slice indices: " + std::to_string(v) + " < " + std::to_string(prev));
        ok = false;
      }
      prev = v;
    }
  }
  if (!ok) {
    n->type = tInvalid;
    return;
  }
  n->op = op;
  n->type = result;
  calcSize(result);
}

void Checker::compositeLit(Node*& n, Type* hint) {
  Type* T = nullptr;
  if (n->right) {
    if (n->right->op == OTARRAY && !n->right->left) {
      // [...]T: the length comes from the elements.
      Type* elem = typExpr(n->right->right);
      T = elem == tInvalid ? tInvalid : nullptr;
      if (T != tInvalid) {
        int64_t maxIndex = 0, idx = 0;
        for (Node* e : n->list) {
          if (e->op == OKEY) {
            Node*& k = e->left;
            value(k);
            int64_t v;
            if (constIndex(k, &v)) idx = v;
          }
          idx++;
          maxIndex = std::max(maxIndex, idx);
        }
        T = newArray(elem, maxIndex);
        n->right->op = OTYPE;
        n->right->type = T;
        n->right->typechecked = true;
      }
    } else {
      T = typExpr(n->right);
    }
  } else if (hint) {
    T = hint;
    if (under(T)->kind == TPTR) {
      // Elided &T in []*T{{...}} (or []PS, PS a named *T): the element is &T{...}.
      Node* lit = newNode(OCOMPLIT, n->pos);
      lit->list = n->list;
      lit->right = nullptr;
      compositeLit(lit, under(T)->elem);
      n->op = OADDR;
      n->left = lit;
      n->list.clear();
      n->implicit = true;
      n->type = lit->type == tInvalid ? tInvalid : T->isNamed() ? T : newPtr(lit->type);
      return;
    }
  } else {
    error(n->pos, "invalid composite literal type: missing type");
    n->type = tInvalid;
    return;
  }
  if (T == tInvalid) {
    for (Node*& e : n->list) {
      if (e->op == OKEY) {
        if (e->right) expr(e->right);
      } else {
        expr(e);
      }
    }
    n->type = tInvalid;
    return;
  }
  calcSize(T);
  Type* u = under(T);
  n->type = T;
  switch (u->kind) {
    case TSTRUCT: {
      n->op = OSTRUCTLIT;
      if (n->list.empty()) return;
      bool keyed = n->list[0]->op == OKEY;
      std::set<int> seen;
      for (size_t i = 0; i < n->list.size(); i++) {
        Node*& e = n->list[i];
        if ((e->op == OKEY) != keyed) {
          error(e->pos, "mixture of field:value and value elements in struct literal");
          n->type = tInvalid;
          return;
        }
        if (keyed) {
          Node* k = e->left;
          if (k->op != ONONAME) {
            error(k->pos, "invalid field name " + exprString(k) + " in struct literal");
            n->type = tInvalid;
            continue;
          }
          int idx = -1;
          for (size_t f = 0; f < u->fields.size(); f++)
            if (u->fields[f].name == k->name) idx = f;
          if (idx < 0) {
            error(k->pos, "unknown field '" + k->name + "' in struct literal of type " + typeStringForError(T));
            expr(e->right);
            continue;
          }
          if (!seen.insert(idx).second) {
            error(k->pos, "duplicate field name " + k->name + " in struct literal");
            continue;
          }
          Node* sk = newNode(OSTRUCTKEY, e->pos);
          sk->name = k->name;
          sk->left = e->right;
          sk->fieldIndex = idx;
          sk->offset = u->fields[idx].offset;
          value(sk->left, u->fields[idx].type);
          assign(sk->left, u->fields[idx].type, "struct literal");
          sk->type = u->fields[idx].type;
          sk->typechecked = true;
          e = sk;
        } else {
          if (i >= u->fields.size()) {
            error(e->pos, "too many values in " + exprString(n));
            n->type = tInvalid;
            return;
          }
          Node* sk = newNode(OSTRUCTKEY, e->pos);
          sk->name = u->fields[i].name;
          sk->left = e;
          sk->fieldIndex = i;
          sk->offset = u->fields[i].offset;
          value(sk->left, u->fields[i].type);
          assign(sk->left, u->fields[i].type, "struct literal");
          sk->type = u->fields[i].type;
          sk->typechecked = true;
          e = sk;
        }
      }
      if (!keyed && n->list.size() < u->fields.size() && n->type != tInvalid) {
        error(afterPos(n->list.back()->left, 0), "too few values in " + exprString(n));
      }
      return;
    }
    case TARRAY:
    case TSLICE: {
      n->op = u->kind == TARRAY ? OARRAYLIT : OSLICELIT;
      int64_t idx = 0, maxLen = 0;
      std::set<int64_t> seen;
      for (Node*& e : n->list) {
        Node** valp = &e;
        if (e->op == OKEY) {
          value(e->left);
          int64_t v;
          if (e->left->type != tInvalid) {
            if (!checkIndex(this, e->left, u->kind == TARRAY ? u->len : -1, "index")) {
              n->type = tInvalid;
            } else if (constIndex(e->left, &v)) {
              idx = v;
            } else {
              error(e->left->pos, "index " + exprString(e->left) + " must be integer constant");
              n->type = tInvalid;
            }
          }
          valp = &e->right;
        } else if (u->kind == TARRAY && idx >= u->len) {
          error(e->pos, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(u->len) + ")");
          n->type = tInvalid;
        }
        if (!seen.insert(idx).second) {
          error(e->op == OKEY ? afterPos(e->left, 0) : e->pos, "duplicate index " + std::to_string(idx) + " in array or slice literal");
          n->type = tInvalid;
        }
        Node*& val = *valp;
        value(val, u->elem);
        assign(val, u->elem, "array or slice literal");
        if (e->op == OKEY) e->type = u->elem;
        idx++;
        maxLen = std::max(maxLen, idx);
      }
      n->offset = maxLen;  // OSLICELIT: the length of the backing array
      return;
    }
    case TMAP: {
      n->op = OMAPLIT;
      std::vector<Constant> keys;
      for (Node*& e : n->list) {
        if (e->op != OKEY) {
          error(e->pos, "missing key in map literal");
          expr(e);
          n->type = tInvalid;
          continue;
        }
        value(e->left, u->key);
        assign(e->left, u->key, "map literal");
        value(e->right, u->elem);
        assign(e->right, u->elem, "map literal");
        e->type = u->elem;
        Node* k = e->left;
        if (k->op == OLITERAL) {
          for (auto& prev : keys)
            if (prev.kind() == k->val.kind() && Constant::compare(prev, ConstOp::Eql, k->val)) {
              error(k->pos, "duplicate key " + exprString(k) + " in map literal");
              n->type = tInvalid;
            }
          keys.push_back(k->val);
        }
      }
      return;
    }
    default:
      error(n->pos, "invalid composite literal type " + typeStringForError(T));
      for (Node*& e : n->list) expr(e->op == OKEY ? e->right : e);
      n->type = tInvalid;
      return;
  }
}

void Checker::funcLit(Node*& n) {
  Func* fn = n->func;
  fn->decl = n;
  fn->outer = curfn;
  if (!curfn) fn->name = "main.glob..func" + std::to_string(++globClosureCount);
  else if (curfn->outer) fn->name = curfn->name + "." + std::to_string(++curfn->closureCount);
  else fn->name = curfn->name + ".func" + std::to_string(++curfn->closureCount);
  Type* t = funcType(n->right, fn, nullptr);
  fn->type = t;
  n->type = t;
  pkg->funcs.push_back(fn);
  if (t == tInvalid) return;
  Func* saved = curfn;
  auto savedLabels = std::move(labels);
  labels.clear();
  auto savedTargets = std::move(targets);
  targets.clear();
  curfn = fn;
  Scope* savedScope = scope;
  pushScope();
  for (Name* p : fn->params) declare(scope, p, p->pos);
  for (Name* r : fn->results)
    if (r->sym.empty() || r->sym[0] != '~') declare(scope, r, r->pos);
  collectLabels(fn->body);
  checkGotos(fn->body);
  stmtList(fn->body);
  if (!t->results.empty() && !isTerminatingList(fn->body)) error(fn->endPos, "missing return");
  for (auto& [name, li] : labels)
    if (!li.used) error(li.stmt->pos, "label " + name + " defined and not used");
  scope = savedScope;
  curfn = saved;
  labels = std::move(savedLabels);
  targets = std::move(savedTargets);
  if (!saved) checkUnused(fn);
}

}  // namespace minigo::tc
