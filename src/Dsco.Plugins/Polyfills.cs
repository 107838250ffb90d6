#if NETSTANDARD2_0
// Lets records and init-only setters compile for netstandard2.0; the runtime ignores the marker type.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
#endif
