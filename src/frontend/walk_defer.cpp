// walk_defer.cpp — lowering of defer and recover, as gc's walk does since
// Go 1.17 (wrapGoDefer, walkRecoverFP):
//
//   defer f(a, b)   →  t1, t2 := a, b; deferproc(func() { f(t1, t2) })
//   defer func() {...}() / defer g()   (no arguments, no results)
//                   →  deferproc(the func value)
//   recover()       →  gorecover(getcallersp())
//
// The function value, receiver and arguments are evaluated at the defer
// statement; the wrapper (Func::wrapper) only makes the call, and marks it
// so that recover inside the called function counts as called directly by
// the deferred function (WRAPARGP). `defer recover()` evaluates
// getcallersp() at the defer statement, so it recovers only what a recover
// in that function would (that is, nothing, unless that function is itself
// a deferred call of the panic) — exactly as gc.
#include "frontend/types.h"
#include "frontend/walk.h"

namespace minigo {

namespace {

std::vector<Func*>& wrappers() {
  static std::vector<Func*> w;
  return w;
}

Node* nameRef(Name* nm, Pos pos) {
  Node* n = newNode(ONAME, pos);
  n->name_ = nm;
  n->name = nm->sym;
  n->type = nm->type;
  n->typechecked = true;
  return n;
}

Node* rtCall(const std::string& fn, std::vector<Node*> args, Type* t, Pos pos) {
  Node* n = newNode(OCALLRT, pos);
  n->name = fn;
  n->list = std::move(args);
  n->type = t;
  n->typechecked = true;
  return n;
}

bool isStaticFunc(Node* f) {
  return f->op == ONAME && f->name_ && (f->name_->kind == ObjKind::Func || f->name_->cls == PFUNC) && f->name_->fn;
}

// A call the defer record can hold as is: no arguments, no results, a Go
// function or func literal (natives and method calls get a wrapper).
bool directDefer(Node* call) {
  if (call->op != OCALLFUNC || !call->list.empty()) return false;
  Type* ft = call->left->type;
  if (!ft || ft->kind != TFUNC || !ft->results.empty() || !ft->params.empty()) return false;
  Node* f = call->left;
  if (isStaticFunc(f)) return !f->name_->fn->body.empty();
  return f->op == OFUNCLIT || f->op == OCLOSURE || f->op == ONAME;
}

struct DeferWrapper {
  Func* curfn;
  Func* w;
  Pos pos;
  const std::function<Node*(Node*)>& rewrite;
  const std::function<Node*(Type*, Pos)>& temp;
  std::vector<Node*> inits;

  // The wrapper's closure variable holding a copy of the temp t.
  Node* cvar(Node* t) {
    Name* tn = t->name_;
    Name* cv = newName(tn->sym, ObjKind::Var, pos);
    cv->cls = PAUTOHEAP;
    cv->type = tn->type;
    cv->curfn = w;
    cv->outer = tn;
    cv->used = true;
    cv->byval = true;
    tn->captured = true;
    w->cvars.push_back(cv);
    return nameRef(cv, pos);
  }
  Node* assign(Node* l, Node* r) {
    Node* a = newNode(OAS, pos);
    a->left = l;
    a->right = r;
    a->colas = true;
    a->typechecked = true;
    l->name_->defn = a;
    return a;
  }
  // Evaluates e now; the wrapper reads the copy.
  Node* capture(Node* e) {
    if (!e || e->op == OLITERAL || e->op == OTYPE || e->op == ONIL || !e->type) return e;
    if (isStaticFunc(e)) return e;
    e = rewrite(e);
    Node* t = temp(e->type, e->pos);
    inits.push_back(assign(t, e));
    return cvar(t);
  }
  void captureList(std::vector<Node*>& l) {
    if (l.size() == 1 && l[0]->type && l[0]->type->kind == TTUPLE) {
      // f(g()) with g returning several values: t1, t2 := g()
      Node* g = rewrite(l[0]);
      Node* as2 = newNode(OAS2FUNC, pos);
      as2->colas = true;
      as2->typechecked = true;
      std::vector<Node*> refs;
      for (auto& f : g->type->fields) {
        Node* t = temp(f.type, pos);
        t->name_->defn = as2;
        as2->list.push_back(t);
        refs.push_back(cvar(t));
      }
      as2->rlist = {g};
      inits.push_back(as2);
      l = refs;
      return;
    }
    for (auto& e : l) e = capture(e);
  }
};

}  // namespace

Node* walkRecover(Node* n) {
  return rtCall("gorecover", {rtCall("getcallersp", {}, types::Uintptr, n->pos)}, n->type, n->pos);
}

Node* walkDefer(Node* n, Func* curfn, const std::function<Node*(Node*)>& rewrite,
                const std::function<Node*(Type*, Pos)>& temp) {
  Node* call = n->left;
  Pos pos = n->pos;
  Node* blk = newNode(OBLOCK, pos);
  blk->typechecked = true;
  if (directDefer(call)) {
    blk->list.push_back(rtCall("deferproc", {rewrite(call->left)}, nullptr, pos));
    return blk;
  }
  Func* w = newFunc();
  w->wrapper = true;
  w->outer = curfn;
  w->pos = pos;
  w->endPos = pos;
  if (curfn) {
    int k = ++curfn->closureCount;
    w->name = curfn->outer ? curfn->name + "." + std::to_string(k) : curfn->name + ".func" + std::to_string(k);
  } else {
    w->name = "main.glob..func" + std::to_string(wrappers().size() + 1000);
  }
  w->type = newFunc(std::vector<Field>{}, std::vector<Field>{}, false);
  calcSize(w->type);
  DeferWrapper dw{curfn, w, pos, rewrite, temp, {}};
  switch (call->op) {
    case OCALLFUNC:
      if (call->left->op != OMETHEXPR) call->left = dw.capture(call->left);
      dw.captureList(call->list);
      break;
    case OCALLMETH: case OCALLINTER:
      call->left->left = dw.capture(call->left->left);
      dw.captureList(call->list);
      break;
    case ORECOVER:
      // defer recover(): the frame pointer is this function's, taken now.
      call = rtCall("gorecover", {dw.capture(rtCall("getcallersp", {}, types::Uintptr, pos))}, call->type, pos);
      break;
    default:  // other builtins: panic, print, println, close, delete, copy
      call->left = dw.capture(call->left);
      call->right = dw.capture(call->right);
      dw.captureList(call->list);
      break;
  }
  Node* st = newNode(OEXPRSTMT, pos);
  st->left = call;
  st->typechecked = true;
  w->body = {st};
  Node* clo = newNode(OCLOSURE, pos);
  clo->func = w;
  clo->type = w->type;
  clo->typechecked = true;
  w->decl = clo;
  wrappers().push_back(w);
  blk->list = dw.inits;
  blk->list.push_back(rtCall("deferproc", {clo}, nullptr, pos));
  return blk;
}

std::vector<Func*> takeDeferWrappers() {
  std::vector<Func*> w;
  w.swap(wrappers());
  return w;
}

}  // namespace minigo
