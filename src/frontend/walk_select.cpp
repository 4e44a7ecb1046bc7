// walk_select.cpp — select as gc's walk/select.go lowers it:
//   select {}                          block()            (gopark "select (no cases)")
//   one case                           the plain channel op, then the body
//   one case + default                 if selectnbsend(slot, c, v) {..} else {..}
//                                      hv, sel, ok = selectnbrecv(slot, c); if sel {..} else {..}
//                                      (slot: the element's frame slot size)
//   anything else                      OSELECT kept for codegen's selectgo call, with its
//                                      operands evaluated into temps first (init), each
//                                      OCASE's left = OSEND(tc, tv) / ORECV(tc) and rlist =
//                                      [value temp, ok temp] (nullptr when unused); the body
//                                      starts with the case's assignments.
// A case body with a break keeps the OSELECT form (break must leave the select).
#include "frontend/walk_build.h"

namespace minigo {

using namespace wb;

namespace {

struct Case {
  Node* clause;
  enum { Send, Recv, Default } kind = Default;
  Node* c = nullptr;        // channel
  Node* v = nullptr;        // send: value
  Node* lhs = nullptr;      // recv: value destination (or nullptr)
  Node* okLhs = nullptr;    // recv: ok destination (or nullptr)
  Node* conv = nullptr;     // recv: typecheck's implicit conversion of the value (i = <-c with i an interface)
  bool colas = false;
  Pos pos;
};

Node* unparen(Node* e) {
  while (e && e->op == OPAREN) e = e->left;
  return e;
}

Case classify(Node* cl, Env& env) {
  Case k;
  k.clause = cl;
  k.pos = cl->pos;
  Node* comm = cl->left;
  if (!comm) return k;
  switch (comm->op) {
    case OSEND:
      k.kind = Case::Send;
      k.c = env.rewrite(comm->left);
      k.v = env.rewrite(comm->right);
      break;
    case OEXPRSTMT: case ORECV: {
      Node* r = unparen(comm->op == ORECV ? comm : comm->left);
      k.kind = Case::Recv;
      k.c = env.rewrite(r->left);
      break;
    }
    case OAS: {
      k.kind = Case::Recv;
      Node* r = unparen(comm->right);
      if (r->op != ORECV) {
        k.conv = r;
        r = unparen(r->left);
      }
      k.c = env.rewrite(r->left);
      k.lhs = isBlank(comm->left) ? nullptr : env.rewrite(comm->left);
      k.colas = comm->colas;
      break;
    }
    default: {  // OAS2RECV / OAS2
      Node* r = unparen(comm->rlist.empty() ? comm->right : comm->rlist[0]);
      k.kind = Case::Recv;
      k.c = env.rewrite(r->left);
      k.lhs = isBlank(comm->list[0]) ? nullptr : env.rewrite(comm->list[0]);
      k.okLhs = isBlank(comm->list[1]) ? nullptr : env.rewrite(comm->list[1]);
      k.colas = comm->colas;
      break;
    }
  }
  return k;
}

Type* elemOf(Node* c) { return c->type->elem; }

// The case's declarations, assignments from the temps, then its body.
std::vector<Node*> caseBody(Case& k, Node* hv, Node* hok) {
  std::vector<Node*> out = k.clause->init;
  if (k.lhs && hv) {
    Node* val = hv;
    // v, ok = <-c carries no conversion node: an interface v still needs one.
    bool toIface = k.lhs->type && k.lhs->type->underlying->kind == TINTER && hv->type->underlying->kind != TINTER;
    if (k.conv || toIface) {  // the same conversion, now of the temp holding the received value
      val = newNode(k.conv ? k.conv->op : OCONVIFACE, k.pos);
      val->type = k.conv ? k.conv->type : k.lhs->type;
      val->implicit = true;
      val->typechecked = true;
      val->left = hv;
    }
    out.push_back(as(k.lhs, val, k.colas && k.lhs->op == ONAME));
  }
  if (k.okLhs && hok) out.push_back(as(k.okLhs, hok, k.colas && k.okLhs->op == ONAME));
  out.insert(out.end(), k.clause->body.begin(), k.clause->body.end());
  return out;
}

}  // namespace

Node* walkSelect(Node* n, Env& env) {
  Pos pos = n->pos;
  if (n->list.empty()) return rtcall("block", {}, nullptr, pos);
  std::vector<Case> cases;
  bool hasBreak = false, hasDefault = false;
  for (Node* cl : n->list) {
    for (auto& s : cl->init) s = env.rewrite(s);
    for (auto& s : cl->body) s = env.rewrite(s);
    hasBreak = hasBreak || hasBareBreak(cl->body);
    cases.push_back(classify(cl, env));
    hasDefault = hasDefault || cases.back().kind == Case::Default;
  }
  for (auto& s : n->init) s = env.rewrite(s);

  if (!hasBreak && cases.size() == 1 && !hasDefault) {
    Case& k = cases[0];
    std::vector<Node*> out = n->init;
    if (k.kind == Case::Send) {
      out.push_back(rtcall("chansend1", {k.c, k.v}, nullptr, k.pos));
      std::vector<Node*> b = caseBody(k, nullptr, nullptr);
      out.insert(out.end(), b.begin(), b.end());
    } else {
      Type* et = elemOf(k.c);
      Node* hv = temp(env, et, k.pos);
      Node* hok = temp(env, types::Bool, k.pos);
      out.push_back(as2func({hv, hok}, rtcall("chanrecv2", {k.c}, tuple({et, types::Bool}), k.pos), k.pos));
      std::vector<Node*> b = caseBody(k, hv, hok);
      out.insert(out.end(), b.begin(), b.end());
    }
    return block(pos, out);
  }

  if (!hasBreak && cases.size() == 2 && hasDefault) {
    Case& k = cases[0].kind == Case::Default ? cases[1] : cases[0];
    Case& d = cases[0].kind == Case::Default ? cases[0] : cases[1];
    std::vector<Node*> out = n->init;
    std::vector<Node*> dflt = caseBody(d, nullptr, nullptr);
    if (k.kind == Case::Send) {
      // The slot size comes first: with a nil channel it says where the result is.
      Node* sz = intLit(slotBytes(elemOf(k.c)), types::Int, k.pos);
      Node* sel = rtcall("selectnbsend", {sz, k.c, k.v}, types::Bool, k.pos);
      out.push_back(ifStmt(sel, caseBody(k, nullptr, nullptr), dflt, k.pos));
    } else {
      Type* et = elemOf(k.c);
      Node* hv = temp(env, et, k.pos);
      Node* hsel = temp(env, types::Bool, k.pos);
      Node* hok = temp(env, types::Bool, k.pos);
      out.push_back(as2func({hv, hsel, hok},
                            rtcall("selectnbrecv", {intLit(slotBytes(et), types::Int, k.pos), k.c},
                                   tuple({et, types::Bool, types::Bool}), k.pos),
                            k.pos));
      out.push_back(ifStmt(hsel, caseBody(k, hv, hok), dflt, k.pos));
    }
    if (dflt.empty() && out.back()->op == OIF) out.back()->rlist.clear();
    return block(pos, out);
  }

  // General form: operands into temps in source order, then selectgo (codegen).
  for (Case& k : cases) {
    Node* cl = k.clause;
    if (k.kind == Case::Default) {
      cl->left = nullptr;
      continue;
    }
    Node* tc = temp(env, k.c->type, k.pos);
    n->init.push_back(as(tc, k.c, true));
    Node* op;
    Node* hv = nullptr;
    Node* hok = nullptr;
    if (k.kind == Case::Send) {
      Node* tv = temp(env, elemOf(k.c), k.pos);
      n->init.push_back(as(tv, k.v, true));
      op = newNode(OSEND, k.pos);
      op->left = tc;
      op->right = tv;
    } else {
      op = newNode(ORECV, k.pos);
      op->left = tc;
      op->type = elemOf(k.c);
      if (k.lhs) hv = temp(env, elemOf(k.c), k.pos);
      if (k.okLhs) hok = temp(env, types::Bool, k.pos);
    }
    op->typechecked = true;
    std::vector<Node*> body = caseBody(k, hv, hok);
    cl->init.clear();
    cl->left = op;
    cl->rlist = {hv, hok};
    cl->body = body;
  }
  return n;
}

}  // namespace minigo
