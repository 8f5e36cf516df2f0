// The stack buffers of the hot paths (the reply finder's candidates, the phrase bit set, a formatted status) are written
// before they are read, so the runtime need not zero them first; on netstandard2.0 the attribute does not exist.
#if NET
[module: System.Runtime.CompilerServices.SkipLocalsInit]
#endif
