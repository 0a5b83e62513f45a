using System.Collections.Generic;
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

        public static async Task<ConstantContext> AnalyzeAsync(Document document, SemanticModel model, ExpressionSyntax expression, CancellationToken cancellationToken)
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

                var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
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
