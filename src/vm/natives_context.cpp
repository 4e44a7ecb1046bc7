// natives_context.cpp — package context's natives (none yet; see stdlib_context.cpp).
#include "vm/natives.h"

namespace minigo::vm {

void registerContextNatives() {}

}  // namespace minigo::vm
