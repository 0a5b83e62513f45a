using System.IO;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Tests.Verifiers
{
    /// <summary>The running runtime's core library and <c>System.Runtime</c>: enough for a small in-memory compilation.</summary>
    internal static class RuntimeReferences
    {
        public static readonly MetadataReference CoreLibrary = MetadataReference.CreateFromFile(typeof(object).Assembly.Location);

        public static readonly MetadataReference SystemRuntime =
            MetadataReference.CreateFromFile(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll"));
    }
}
