using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Finds the creations of one type in a file by a search of its text, as <see cref="InvocationSites"/> finds calls,
    /// instead of a callback for every <c>new</c> of the program: where the type's name or an alias of it stands before
    /// an argument list or initializer (<c>new T(…)</c>, <c>new N.T { … }</c>, <c>new A(…)</c>), and where a target-typed
    /// <c>new(…)</c> stands, whose type only binding tells. A name written with a Unicode escape is not found this way
    /// (docs/concepts.md, "How the rules find what they check").
    /// </summary>
    internal static class ObjectCreationSites
    {
        private const string NewKeyword = "new";

        /// <summary>
        /// Adds the creations of <paramref name="type"/> in <paramref name="model"/>'s file (<paramref name="text"/>) that
        /// pass arguments or an initializer: a bare <c>new()</c> (the usual <c>List&lt;T&gt; _items = new();</c>) sets
        /// nothing any rule checks, and is not bound.
        /// </summary>
        public static void Find(
            SemanticModel model,
            string text,
            INamedTypeSymbol type,
            ref List<IObjectCreationOperation>? found,
            CancellationToken cancellationToken)
        {
            var root = model.SyntaxTree.GetRoot(cancellationToken);
            var tokens = new TokenCursor(root);
            var names = ListPool<string>.Rent();
            TypeAliases.AddNames(model.Compilation, text.IndexOf(type.Name, System.StringComparison.Ordinal) >= 0 ? root : null, type.Name, names);
            foreach (var name in names)
            {
                for (var index = text.IndexOf(name, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(name, index + name.Length, System.StringComparison.Ordinal))
                {
                    var start = index > 0 && text[index - 1] == '@' ? index - 1 : index; // new @T(…)
                    if (TextPositions.IsWholeWord(text, index, name.Length) &&
                        tokens.FindToken(index) is var token && token.SpanStart == start && token.IsKind(SyntaxKind.IdentifierToken) &&
                        CreationNamed(token) is { } creation)
                    {
                        Add(model, creation, type, ref found, cancellationToken);
                    }
                }
            }

            ListPool<string>.Return(names);
            for (var index = text.IndexOf(NewKeyword, System.StringComparison.Ordinal); index >= 0; index = text.IndexOf(NewKeyword, index + NewKeyword.Length, System.StringComparison.Ordinal))
            {
                if (TextPositions.IsWholeWord(text, index, NewKeyword.Length) && MayBeTargetTypedCreation(text, index + NewKeyword.Length) &&
                    tokens.FindToken(index) is var token && token.SpanStart == index && token.IsKind(SyntaxKind.NewKeyword) &&
                    token.Parent is ImplicitObjectCreationExpressionSyntax creation)
                {
                    Add(model, creation, type, ref found, cancellationToken);
                }
            }
        }

        private static void Add(SemanticModel model, SyntaxNode creation, INamedTypeSymbol type, ref List<IObjectCreationOperation>? found, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (model.OperationOrNull(creation, cancellationToken) is IObjectCreationOperation operation &&
                SymbolEqualityComparer.Default.Equals(operation.Type, type))
            {
                (found ??= new List<IObjectCreationOperation>()).Add(operation);
            }
        }

        /// <summary>The <c>new T(…)</c> whose type <paramref name="name"/> ends: <c>T</c>, <c>N.T</c>, <c>global::N.T</c>.</summary>
        private static ObjectCreationExpressionSyntax? CreationNamed(SyntaxToken name)
        {
            if (!(name.Parent is IdentifierNameSyntax identifier))
            {
                return null;
            }

            SyntaxNode type = identifier;
            if ((type.Parent is QualifiedNameSyntax qualified && qualified.Right == identifier) ||
                (type.Parent is AliasQualifiedNameSyntax aliasQualified && aliasQualified.Name == identifier))
            {
                type = type.Parent;
            }

            return type.Parent is ObjectCreationExpressionSyntax creation && creation.Type == type ? creation : null;
        }

        /// <summary>After <c>new</c>: a parenthesis (possibly after spaces or line breaks), then something inside it or an initializer after it.</summary>
        private static bool MayBeTargetTypedCreation(string text, int afterNew)
        {
            var index = SkipWhiteSpace(text, afterNew);
            if (index >= text.Length || text[index] != '(')
            {
                return false;
            }

            index = SkipWhiteSpace(text, index + 1);
            if (index >= text.Length || text[index] != ')')
            {
                return true; // arguments, or a comment the syntax tree will read
            }

            index = SkipWhiteSpace(text, index + 1);
            return index < text.Length && (text[index] == '{' || text[index] == '/');
        }

        private static int SkipWhiteSpace(string text, int index)
        {
            while (index < text.Length && char.IsWhiteSpace(text[index]))
            {
                index++;
            }

            return index;
        }

    }
}
