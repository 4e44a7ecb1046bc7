// natives_bytes.cpp — package bytes.
#include "vm/natives_stdlib.h"

namespace minigo::vm {

void registerBytesNatives() {}

}  // namespace minigo::vm
