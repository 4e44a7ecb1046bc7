// stdlib_context.cpp — package context (not implemented yet: declares nothing,
// so `import "context"` reports the package as unknown).
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

void declareContext() {}

}  // namespace minigo::tc::stdlib
