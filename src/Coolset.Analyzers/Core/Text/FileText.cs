using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// A file's text as one string, for the text searches of every rule: made once per <see cref="SourceText"/>, and
    /// shared by the rules and callbacks that read the file.
    /// </summary>
    /// <remarks>
    /// <see cref="SourceText.ToString()"/> returns the parsed string itself only for a text made from a string. A file
    /// the compiler reads from disk is a chunked text from about 40,000 characters on (and the IDE builds its texts from
    /// its own buffers): for those, every call builds a new copy of the whole file, on the large-object heap that only
    /// a full collection frees, and each rule would make its own.
    /// </remarks>
    internal static class FileText
    {
        private static readonly ConditionalWeakTable<SourceText, string> Strings = new ConditionalWeakTable<SourceText, string>();
        private static readonly ConditionalWeakTable<SourceText, string>.CreateValueCallback ToText = text => text.ToString();

        public static string Of(SyntaxTree tree, CancellationToken cancellationToken) =>
            Strings.GetValue(tree.GetText(cancellationToken), ToText);
    }
}
