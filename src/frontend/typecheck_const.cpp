// typecheck_const.cpp — untyped constants and conversions: representability
// of constants in a type, implicit conversion of untyped operands (types2's
// implicitTypeAndValue / updateExprType), default types, and explicit
// conversions T(x) rewritten to gc's conversion ops.
#include "frontend/typecheck.h"

namespace minigo::tc {

Type* Checker::defaultOf(Type* t) {
  if (!t) return t;
  switch (t->kind) {
    case TIDEAL_BOOL: return types::Bool;
    case TIDEAL_INT: return types::Int;
    case TIDEAL_RUNE: return types::Rune;
    case TIDEAL_FLOAT: return types::Float64;
    case TIDEAL_COMPLEX: return types::Complex128;
    case TIDEAL_STRING: return types::String;
    default: return t;
  }
}

void Checker::setConst(Node* n, Constant v, Type* t) {
  if (n->op != OLITERAL && n->name.empty()) n->name = exprString(n);
  n->op = OLITERAL;
  n->val = std::move(v);
  n->type = t;
  n->left = n->right = nullptr;
  n->list.clear();
  n->typechecked = true;
}

static int intBits(Kind k) {
  switch (k) {
    case TINT8: case TUINT8: return 8;
    case TINT16: case TUINT16: return 16;
    case TINT32: case TUINT32: return 32;
    default: return 64;
  }
}

// Whether constant x can be represented in t; *out receives the value
// converted (rounded for floats). *why is "overflows", "truncated" or "" for
// a kind mismatch.
bool Checker::representable(Node* x, Type* t, Constant* out, std::string* why) {
  const Constant& v = x->val;
  Type* u = t->underlying ? t->underlying : t;
  Constant::Kind vk = v.kind();
  bool numeric = vk == Constant::Int || vk == Constant::Float || vk == Constant::Complex;
  why->clear();
  switch (u->kind) {
    case TBOOL: case TIDEAL_BOOL:
      if (vk != Constant::Bool) return false;
      *out = v;
      return true;
    case TSTRING: case TIDEAL_STRING:
      if (vk != Constant::String) return false;
      *out = v;
      return true;
    case TINT: case TINT8: case TINT16: case TINT32: case TINT64: case TUINT: case TUINT8: case TUINT16:
    case TUINT32: case TUINT64: case TUINTPTR: case TIDEAL_INT: case TIDEAL_RUNE: {
      if (!numeric) return false;
      Constant iv = v.toInt();
      if (iv.isUnknown()) {
        *why = "truncated";
        return false;
      }
      if (u->kind != TIDEAL_INT && u->kind != TIDEAL_RUNE && !iv.fitsInt(intBits(u->kind), !u->isUnsigned())) {
        *why = "overflows";
        return false;
      }
      *out = iv;
      return true;
    }
    case TFLOAT32: case TFLOAT64: case TIDEAL_FLOAT: {
      if (!numeric) return false;
      Constant fv = v.toFloat();
      if (fv.isUnknown()) {
        *why = "truncated";
        return false;
      }
      if (u->kind == TIDEAL_FLOAT) {
        *out = fv;
        return true;
      }
      int bits = u->kind == TFLOAT32 ? 32 : 64;
      if (fv.overflowsFloat(bits)) {
        *why = "overflows";
        return false;
      }
      *out = fv.roundFloat(bits);
      return true;
    }
    case TCOMPLEX64: case TCOMPLEX128: case TIDEAL_COMPLEX: {
      if (!numeric) return false;
      Constant cv = v.toComplex();
      if (cv.isUnknown()) return false;
      if (u->kind == TIDEAL_COMPLEX) {
        *out = cv;
        return true;
      }
      int bits = u->kind == TCOMPLEX64 ? 32 : 64;
      Constant re = cv.real(), im = cv.imag();
      if (re.overflowsFloat(bits) || im.overflowsFloat(bits)) {
        *why = "overflows";
        return false;
      }
      *out = Constant::makeComplex(re.roundFloat(bits), im.roundFloat(bits));
      return true;
    }
    case TINTER:
      if (u->methods.empty()) {
        *out = v;
        return true;
      }
      return false;
    default:
      return false;
  }
}

// Gives an untyped operand its final type from the context (types2's
// implicitTypeAndValue + updateExprType). Errors use the binary-operation
// wording; assignments check assignability before calling this.
void Checker::convertUntyped(Node*& n, Type* target) {
  if (!n || !n->type || !n->type->isUntyped() || !target || target == tInvalid || n->type == tInvalid) return;
  if (target->isUntyped()) {
    // Both untyped: the operand takes the "larger" kind (int < rune < float < complex).
    if (n->op == OLITERAL && n->type->isNumeric() && target->isNumeric() && target->kind > n->type->kind) {
      Constant out;
      std::string why;
      if (representable(n, target, &out, &why)) n->val = out;
      n->type = target;
    }
    return;
  }
  Type* u = target->underlying ? target->underlying : target;
  if (n->type == types::UntypedNil) {
    switch (u->kind) {
      case TPTR: case TFUNC: case TSLICE: case TMAP: case TCHAN: case TINTER: case TUNSAFEPTR:
        n->type = target;
        return;
      default:
        error(n->pos, "cannot use nil as " + typeStringForError(target) + " value in assignment");
        n->type = tInvalid;
        return;
    }
  }
  if (u->kind == TINTER) {
    // Untyped values stored in interfaces take their default type.
    defaultType(n);
    return;
  }
  if (n->op == OLITERAL) {
    Constant out;
    std::string why;
    if (!representable(n, target, &out, &why)) {
      if (why.empty())
        error(n->pos, "cannot use " + operandString(n) + " as " + typeStringForError(target) + " value in assignment");
      else if (defaultContext)
        error(n->pos, "cannot use " + operandString(n) + " as " + typeStringForError(target) + " value in " +
                          *defaultContext + " (" + why + ")");
      else
        error(n->pos, operandString(n) + " " + why + (why == "overflows" ? " " : " to ") + typeStringForError(target));
      n->type = tInvalid;
      return;
    }
    n->val = out;
    n->type = target;
    calcSize(target);
    return;
  }
  // Untyped non-constant expressions: comparisons (bool), shifts of untyped
  // constants by a variable count (the type comes from the context).
  switch (n->op) {
    case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE:
      if (u->kind != TBOOL) {
        error(n->pos, "cannot use " + operandString(n) + " as " + typeStringForError(target) + " value in assignment");
        n->type = tInvalid;
        return;
      }
      n->type = target;
      return;
    case OANDAND: case OOROR:
      if (u->kind != TBOOL) {
        error(n->pos, "cannot use " + operandString(n) + " as " + typeStringForError(target) + " value in assignment");
        n->type = tInvalid;
        return;
      }
      n->type = target;
      convertUntyped(n->left, target);
      convertUntyped(n->right, target);
      return;
    case ONOT:
      n->type = target;
      convertUntyped(n->left, target);
      return;
    case OLSH: case ORSH:
      if (!u->isInteger()) {
        error(n->pos, "invalid operation: " + exprString(n) + " (shift of type " + typeStringForError(target) + ")");
        n->type = tInvalid;
        return;
      }
      n->type = target;
      convertUntyped(n->left, target);
      return;
    case OADD: case OSUB: case OMUL: case ODIV: case OMOD: case OAND: case OOR: case OXOR: case OANDNOT:
      n->type = target;
      convertUntyped(n->left, target);
      convertUntyped(n->right, target);
      return;
    case ONEG: case OPLUS: case OBITNOT:
      n->type = target;
      convertUntyped(n->left, target);
      return;
    default:
      n->type = target;
      return;
  }
}

void Checker::defaultType(Node*& n) {
  if (!n || !n->type || !n->type->isUntyped() || n->type == types::UntypedNil) return;
  convertUntyped(n, defaultOf(n->type));
}

void Checker::defaultTypeIn(Node*& n, const std::string& context) {
  const std::string* saved = defaultContext;
  defaultContext = &context;
  defaultType(n);
  defaultContext = saved;
}

// A typed constant produced by an operation must fit its type.
bool Checker::checkTypedConst(Node* n) {
  if (n->op != OLITERAL || !n->type || n->type->isUntyped() || n->type == tInvalid) return true;
  Constant out;
  std::string why;
  if (!representable(n, n->type, &out, &why)) {
    if (why == "truncated") why = "truncated to";
    else why = "overflows";
    error(n->pos, exprString(n) + " (constant " + n->val.toString() + " of type " + typeStringForError(n->type) + ") " +
                      why + " " + typeStringForError(n->type));
    n->type = tInvalid;
    return false;
  }
  n->val = out;
  return true;
}

static bool isByteOrRuneSlice(Type* t, Kind k) {
  Type* u = t->underlying ? t->underlying : t;
  return u->kind == TSLICE && u->elem->underlying->kind == k;
}

// T(x): n is the OCALL with left = the type. Rewrites n to the conversion op.
void Checker::conversion(Node*& n, Type* T) {
  Node* call = n;
  Node* typ = call->left;
  if (call->list.size() != 1) {
    if (call->list.empty())
      error(call->pos, "missing argument in conversion to " + typeStringForError(T));
    else
      error(call->list[1]->pos, "too many arguments in conversion to " + typeStringForError(T));
    for (Node*& a : call->list) expr(a);
    call->type = tInvalid;
    return;
  }
  Node*& x = call->list[0];
  value(x, T);
  if (x->type == tInvalid || T == tInvalid) {
    call->type = tInvalid;
    return;
  }
  Type* Tu = T->underlying ? T->underlying : T;
  calcSize(T);
  std::string Tname = typeStringForError(T);  // byte(x) / rune(x) keep their spelling in messages
  if ((T == types::Uint8 || T == types::Int32) && (exprString(typ) == "byte" || exprString(typ) == "rune"))
    Tname = exprString(typ);
  // Constant conversions yield constants (spec: "Conversions" of constants).
  bool constTarget = Tu->kind >= TBOOL && Tu->kind <= TSTRING;
  if (x->op == OLITERAL && constTarget) {
    Constant out;
    std::string why;
    bool ok = false;
    if (Tu->kind == TSTRING && x->val.kind() == Constant::Int) {
      // string(65) == "A"; out-of-range values give "\uFFFD".
      int64_t r = x->val.fitsInt64() ? x->val.int64Val() : -1;
      std::string s;
      uint32_t c = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (uint32_t)r;
      if (c < 0x80) s += char(c);
      else if (c < 0x800) { s += char(0xC0 | (c >> 6)); s += char(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) { s += char(0xE0 | (c >> 12)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      else { s += char(0xF0 | (c >> 18)); s += char(0x80 | ((c >> 12) & 0x3F)); s += char(0x80 | ((c >> 6) & 0x3F)); s += char(0x80 | (c & 0x3F)); }
      if (x->type->isInteger()) {
        out = Constant::makeString(s);
        ok = true;
      }
    } else {
      bool kindsMatch = (x->type->isNumeric() && Tu->isNumeric()) || (x->type->isString() && Tu->kind == TSTRING) ||
                        (x->type->isBoolean() && Tu->kind == TBOOL);
      ok = kindsMatch && representable(x, T, &out, &why);
    }
    if (!ok) {
        // types2 rounds the value to an integer before the range check fails, so
        // int16(1e10) reads "1e10 (untyped float constant 10000000000)".
        if (Tu->isInteger() && x->val.isInt() && x->val.kind() != Constant::Int) x->val = x->val.toInt();
        // gc 1.19 gives no cause for constant conversions ("(overflows)" is for assignments).
        error(x->pos, "cannot convert " + operandString(x) + " to type " + Tname);
      call->type = tInvalid;
      return;
    }
    std::string text = exprString(call);
    setConst(call, out, T);
    call->name = text;
    return;
  }
  if (x->type->isUntyped()) {
    // Untyped non-constant (or constant into a non-basic type): default first,
    // unless the target accepts it directly (nil to pointer, 1<<s to T).
    if (x->type == types::UntypedNil) {
      if (!assignableTo(x->type, x, T, nullptr)) {
        error(x->pos, "cannot convert nil to type " + typeStringForError(T));
        call->type = tInvalid;
        return;
      }
      x->type = T;
      typ->type = T;
      n = x;  // (*T)(nil) is just a typed nil
      return;
    }
    if (x->op != OLITERAL && (Tu->isNumeric() || Tu->kind == TBOOL || Tu->kind == TSTRING)) convertUntyped(x, T);
    else if (Tu->kind == TINTER) defaultType(x);
    else defaultType(x);
    if (x->type == tInvalid) {
      call->type = tInvalid;
      return;
    }
  }
  if (!convertible(x, T)) {
    error(x->pos, "cannot convert " + operandString(x) + " to type " + Tname);
    call->type = tInvalid;
    return;
  }
  Type* V = x->type;
  Type* Vu = V->underlying ? V->underlying : V;
  Op op = OCONV;
  if (Tu->kind == TINTER) op = Vu->kind == TINTER ? OCONVNOP : OCONVIFACE;
  else if (Tu->kind == TSTRING && Vu->isInteger()) op = ORUNESTR;
  else if (Tu->kind == TSTRING && isByteOrRuneSlice(Vu, TUINT8)) op = OBYTES2STR;
  else if (Tu->kind == TSTRING && isByteOrRuneSlice(Vu, TINT32)) op = ORUNES2STR;
  else if (Vu->kind == TSTRING && isByteOrRuneSlice(Tu, TUINT8)) op = OSTR2BYTES;
  else if (Vu->kind == TSTRING && isByteOrRuneSlice(Tu, TINT32)) op = OSTR2RUNES;
  else if (identical(Vu, Tu) || (Vu->kind == Tu->kind && !Vu->isNumeric()) ||
           (Vu->isNumeric() && Vu->kind == Tu->kind))
    op = OCONVNOP;
  else if (Vu->kind == TINTER && Tu->kind == TINTER) op = OCONVNOP;
  else if ((Vu->kind == TPTR || Vu->kind == TUNSAFEPTR) && (Tu->kind == TPTR || Tu->kind == TUNSAFEPTR)) op = OCONVNOP;
  call->op = op;
  call->right = typ;  // keep the written type for dumps and error messages
  call->left = x;
  call->list.clear();
  call->type = T;
  call->typechecked = true;
}

}  // namespace minigo::tc
