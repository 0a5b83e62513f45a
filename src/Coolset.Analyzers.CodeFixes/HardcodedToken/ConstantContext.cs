using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// A lookup is not a constant. This says whether an expression may stop being one: never in an attribute
    /// argument, a default parameter value, a case label, a pattern or a fixed-size buffer length; in a <c>const</c> declaration only if no
    /// use of that constant needs a constant, and then the declaration is relaxed.
    /// </summary>
    /// <remarks>
    /// The light bulb waits for <see cref="CodeFixProvider.RegisterCodeFixesAsync"/>, so the offer only searches the documents that declare
    /// the constant's type (<see cref="SearchScope.DeclaringDocuments"/>); the code action, once chosen, searches the whole
    /// solution for a constant visible outside its type and changes nothing if a use there needs a constant.
    /// </remarks>
    internal sealed class ConstantContext
    {
        private ConstantContext(bool canFix, SyntaxNode? constDeclaration)
        {
            CanFix = canFix;
            ConstDeclaration = constDeclaration;
        }

        public bool CanFix { get; }

        /// <summary>The <c>const</c> field or local declaration that must become <c>static readonly</c> / a plain local.</summary>
        public SyntaxNode? ConstDeclaration { get; }

        private static readonly ConstantContext Blocked = new ConstantContext(false, null);
        private static readonly ConstantContext Free = new ConstantContext(true, null);

        public enum SearchScope
        {
            /// <summary>For offering a fix: the documents that declare the constant's containing type.</summary>
            DeclaringDocuments,

            /// <summary>For applying it: every document of the solution.</summary>
            Solution,
        }

        public static async Task<ConstantContext> AnalyzeAsync(Document document, SemanticModel model, ExpressionSyntax expression, SearchScope scope, CancellationToken cancellationToken)
        {
            if (RequiresConstant(expression, constDeclarationsCount: false))
            {
                return Blocked;
            }

            SyntaxNode? declaration = expression.FirstAncestorOrSelf<SyntaxNode>(n => n is StatementSyntax || n is MemberDeclarationSyntax);
            var declarators = declaration switch
            {
                FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword) => field.Declaration.Variables,
                LocalDeclarationStatementSyntax local when local.IsConst => local.Declaration.Variables,
                _ => default,
            };
            if (declarators.Count == 0)
            {
                return Free;
            }

            foreach (var declarator in declarators)
            {
                var symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
                if (symbol == null)
                {
                    return Blocked;
                }

                var references = await FindReferencesAsync(document, symbol, scope, cancellationToken).ConfigureAwait(false);
                foreach (var location in references.SelectMany(r => r.Locations))
                {
                    var root = await location.Location.SourceTree!.GetRootAsync(cancellationToken).ConfigureAwait(false);
                    if (RequiresConstant(root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true), constDeclarationsCount: true))
                    {
                        return Blocked;
                    }
                }
            }

            return new ConstantContext(true, declaration);
        }

        private static Task<IEnumerable<ReferencedSymbol>> FindReferencesAsync(Document document, ISymbol symbol, SearchScope scope, CancellationToken cancellationToken)
        {
            var solution = document.Project.Solution;
            var visibleOutsideItsType = symbol is IFieldSymbol field && field.DeclaredAccessibility != Accessibility.Private;
            if (scope == SearchScope.Solution && visibleOutsideItsType)
            {
#pragma warning disable RS0030 // Inside the code action, after the user chose it: the one place a whole-solution search is allowed.
                return SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken);
#pragma warning restore RS0030
            }

            var documents = ImmutableHashSet.CreateBuilder<Document>();
            documents.Add(document);
            foreach (var reference in symbol.ContainingType?.DeclaringSyntaxReferences ?? ImmutableArray<SyntaxReference>.Empty)
            {
                if (solution.GetDocument(reference.SyntaxTree) is { } declaring)
                {
                    documents.Add(declaring);
                }
            }

            return SymbolFinder.FindReferencesAsync(symbol, solution, documents.ToImmutable(), cancellationToken);
        }

        /// <summary>Whether the place of <paramref name="node"/> only accepts a constant.</summary>
        /// <param name="constDeclarationsCount">Whether the initializer of a <c>const</c> declaration counts (it does for a use of another constant; the reported expression's own declaration is relaxed instead).</param>
        private static bool RequiresConstant(SyntaxNode node, bool constDeclarationsCount)
        {
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case AttributeArgumentSyntax _:
                    case ParameterSyntax _:
                    case CaseSwitchLabelSyntax _:
                    case PatternSyntax _:
                    case EnumMemberDeclarationSyntax _:
                    case BracketedArgumentListSyntax { Parent: VariableDeclaratorSyntax _ }: // fixed-size buffer length
                        return true;
                    case FieldDeclarationSyntax field:
                        return constDeclarationsCount && field.Modifiers.Any(SyntaxKind.ConstKeyword);
                    case LocalDeclarationStatementSyntax local:
                        return constDeclarationsCount && local.IsConst;
                    case StatementSyntax _:
                    case MemberDeclarationSyntax _:
                    case AnonymousFunctionExpressionSyntax _:
                        return false;
                }
            }

            return false;
        }

        /// <summary><c>const</c> → <c>static readonly</c> for a field; <c>const</c> removed for a local.</summary>
        public static SyntaxNode Relax(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case FieldDeclarationSyntax field:
                    var constKeyword = field.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    var replacement = new List<SyntaxToken>
                    {
                        SyntaxFactory.Token(constKeyword.LeadingTrivia, SyntaxKind.StaticKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
                        SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.ReadOnlyKeyword, constKeyword.TrailingTrivia),
                    };
                    var modifiers = field.Modifiers.Where(m => !m.IsKind(SyntaxKind.StaticKeyword) && !m.IsKind(SyntaxKind.ReadOnlyKeyword));
                    var list = new List<SyntaxToken>();
                    foreach (var modifier in modifiers)
                    {
                        if (modifier.IsKind(SyntaxKind.ConstKeyword))
                        {
                            list.AddRange(replacement);
                        }
                        else
                        {
                            list.Add(modifier);
                        }
                    }

                    return field.WithModifiers(SyntaxFactory.TokenList(list));
                case LocalDeclarationStatementSyntax local:
                    var keyword = local.Modifiers.First(m => m.IsKind(SyntaxKind.ConstKeyword));
                    return local.WithModifiers(local.Modifiers.Remove(keyword))
                        .WithLeadingTrivia(keyword.LeadingTrivia);
                default:
                    return declaration;
            }
        }
    }
}
