using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>Turns fully qualified, annotated new code into what a person would write: usings added, names reduced, formatted.</summary>
    internal static class DocumentCleanup
    {
        public static SyntaxAnnotation[] NewCodeAnnotations { get; } =
            { Simplifier.Annotation, Simplifier.AddImportsAnnotation, Formatter.Annotation };

        public static async Task<Document> RunAsync(Document document, CancellationToken cancellationToken)
        {
            document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
