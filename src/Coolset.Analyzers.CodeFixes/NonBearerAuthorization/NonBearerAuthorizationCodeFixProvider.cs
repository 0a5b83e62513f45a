using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// COOL009: <c>new AuthenticationHeaderValue("Basic", x)</c> gets the <c>"Bearer"</c> scheme (nothing else changes);
    /// <c>AuthenticationHeaderValue.Parse(token)</c> and <c>headers.Add("Authorization", token)</c> become
    /// <c>new AuthenticationHeaderValue("Bearer", token)</c> (assigned to <c>headers.Authorization</c>). Offered only
    /// where the analyzer found a rewrite that keeps the credential (<see cref="BearerRewriteKind"/>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonBearerAuthorizationCodeFixProvider)), Shared]
    public sealed class NonBearerAuthorizationCodeFixProvider : CodeFixProvider
    {
        private const string Title = "Use the Bearer scheme";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NonBearerAuthorization);

        // One editor per document: the using directive is added once however many values change.
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken)!);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Rewrite(root, diagnostic) != null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKeys.UseBearerScheme),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (Rewrite(root, diagnostic) is { } rewrite)
                {
                    editor.ReplaceNode(rewrite.Node, rewrite.Replacement);
                }
            }

            return await DocumentCleanup.RunAsync(editor.GetChangedDocument(), cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The node to replace and its replacement; null where no rewrite keeps the meaning.</summary>
        private static (SyntaxNode Node, SyntaxNode Replacement)? Rewrite(SyntaxNode root, Diagnostic diagnostic)
        {
            var kind = BearerRewrite.Of(diagnostic);
            if (kind == BearerRewriteKind.None)
            {
                return null;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (kind == BearerRewriteKind.SchemeArgument)
            {
                var creation = node.AncestorsAndSelf().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault();
                var scheme = creation?.ArgumentList == null ? null : Argument(creation.ArgumentList, "scheme", 0);
                if (scheme == null)
                {
                    return null;
                }

                var bearer = SyntaxFactory.LiteralExpression(
                        SyntaxKind.StringLiteralExpression,
                        SyntaxFactory.Literal(StringLiterals.Quoted(AuthorizationHeader.BearerScheme), AuthorizationHeader.BearerScheme))
                    .WithTriviaFrom(scheme.Expression);
                return (scheme.Expression, bearer);
            }

            var invocation = node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (invocation == null || !(invocation.Expression is MemberAccessExpressionSyntax access))
            {
                return null;
            }

            var isParse = access.Name.Identifier.ValueText == "Parse";
            var value = isParse ? Argument(invocation.ArgumentList, "input", 0) : Argument(invocation.ArgumentList, "value", 1);
            var credential = value == null ? null : Credential(value.Expression, kind);
            if (credential == null)
            {
                return null;
            }

            var bearerValue = BearerValue(credential);
            if (isParse)
            {
                return (invocation, bearerValue.WithTriviaFrom(invocation));
            }

            if (!(invocation.Parent is ExpressionStatementSyntax))
            {
                return null; // TryAddWithoutValidation's result is used: an assignment has no bool to give
            }

            var assignment = SyntaxFactory.AssignmentExpression(
                    SyntaxKind.SimpleAssignmentExpression,
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression.WithoutTrivia(), SyntaxFactory.IdentifierName(AuthorizationHeader.Name)),
                    bearerValue)
                .WithTriviaFrom(invocation)
                .WithAdditionalAnnotations(DocumentCleanup.NewCodeAnnotations);
            return (invocation, assignment);
        }

        /// <summary>The credential: the whole value, or what follows <c>"Token "</c> in <c>"Token " + x</c> / <c>$"Token {x}"</c>.</summary>
        private static ExpressionSyntax? Credential(ExpressionSyntax value, BearerRewriteKind kind)
        {
            if (kind == BearerRewriteKind.WholeValue)
            {
                return value;
            }

            while (value is ParenthesizedExpressionSyntax parenthesized)
            {
                value = parenthesized.Expression;
            }

            return value switch
            {
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } binary => binary.Right,
                InterpolatedStringExpressionSyntax { Contents.Count: 2 } interpolated when interpolated.Contents[1] is InterpolationSyntax hole => hole.Expression,
                _ => null,
            };
        }

        private static ExpressionSyntax BearerValue(ExpressionSyntax credential) =>
            BearerHeaderPlacement.BearerValue(credential).WithAdditionalAnnotations(DocumentCleanup.NewCodeAnnotations);

        /// <summary>The argument named <paramref name="name"/>, else the positional one at <paramref name="position"/>.</summary>
        private static ArgumentSyntax? Argument(BaseArgumentListSyntax list, string name, int position)
        {
            var arguments = list.Arguments;
            foreach (var argument in arguments)
            {
                if (argument.NameColon?.Name.Identifier.ValueText == name)
                {
                    return argument;
                }
            }

            return position < arguments.Count && arguments[position].NameColon == null ? arguments[position] : null;
        }
    }
}
