// codegen_defer.cpp — codegen for defer: every return of a function with
// defers runs DEFERRETURN (the deferred calls of this frame, newest first)
// before copying heap-allocated named results back and returning. The same
// sequence, emitted once more at the end, is where a recovered panic resumes
// the frame (Proto::deferreturnPc; see runtime/panic.h).
// deferproc itself is an ordinary runtime call (walk_defer.cpp).
#include "vm/codegen.h"

namespace minigo::vm::cg {

void FuncGen::emitDeferReturnLanding() {
  resetTemps();
  line_ = fn_->endPos.line ? fn_->endPos.line : line_;
  P_->deferreturnPc = here();
  emitReturn();
}

}  // namespace minigo::vm::cg
