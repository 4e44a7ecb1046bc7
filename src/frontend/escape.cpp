// escape.cpp — a first escape analysis (cmd/compile/internal/escape, much
// simplified): a variable moves to the heap when its address is taken (&x,
// the implicit & of pointer-method calls, slicing an array variable) or when
// a closure captures it by reference. A captured variable that is never
// reassigned after its declaration (and whose address is not taken) is
// captured by value (Name::byval) and stays where it is.
#include <algorithm>
#include <ostream>

#include "frontend/stages.h"
#include "frontend/types.h"

namespace minigo {

namespace {

bool movable(Name* n) { return n->cls == PAUTO || n->cls == PPARAM || n->cls == PPARAMOUT; }

// gc captures by value only small variables (<= 128 bytes) never reassigned.
bool capturedByValue(Name* n) {
  return !n->addrtaken && !n->reassigned && n->type && n->type->size >= 0 && n->type->size <= 128;
}

}  // namespace

void escapeAnalysis(Package* pkg, bool report, std::ostream& os) {
  struct Moved {
    Pos pos;
    std::string sym;
  };
  std::vector<Moved> moved;
  for (Func* fn : pkg->funcs) {
    std::vector<Name*> vars;
    if (fn->recv) vars.push_back(fn->recv);
    vars.insert(vars.end(), fn->params.begin(), fn->params.end());
    vars.insert(vars.end(), fn->results.begin(), fn->results.end());
    vars.insert(vars.end(), fn->dcl.begin(), fn->dcl.end());
    for (Name* v : vars) {
      if (!movable(v) || v->sym == "_") continue;
      bool heap = v->addrtaken || (v->captured && !capturedByValue(v));
      if (!heap) continue;
      v->escapes = true;
      v->cls = PAUTOHEAP;  // params and results too: fn->params / results still list them
      moved.push_back({v->pos, v->sym});
    }
    // Closure variables share the decision of the variable they capture.
    for (Name* cv : fn->cvars) {
      Name* root = cv;
      while (root->outer) root = root->outer;
      cv->byval = !root->escapes;
      cv->escapes = root->escapes;
    }
  }
  if (!report) return;
  std::sort(moved.begin(), moved.end(), [](const Moved& a, const Moved& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  std::string file = pkg->filename;
  if (file.rfind("./", 0) != 0 && file.find('/') == std::string::npos) file = "./" + file;
  for (auto& m : moved) os << file << ":" << m.pos.line << ":" << m.pos.col << ": moved to heap: " << m.sym << "\n";
}

}  // namespace minigo
