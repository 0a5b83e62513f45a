using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coolset.Analyzers.Core
{
    /// <summary>How much a name alone says about the value it holds.</summary>
    internal enum CredentialNameKind
    {
        /// <summary>Not a credential name.</summary>
        None,

        /// <summary>
        /// <c>token</c> or <c>secret</c>: also the everyday name of lexer tokens, LLM output tokens, game words and push
        /// tokens, so it counts only in credential context.
        /// </summary>
        BareWord,

        /// <summary>A name that says "API credential" wherever it stands (<c>apiToken</c>, <c>accessToken</c>, …).</summary>
        Credential,
    }

    /// <summary>
    /// Names that say "this holds a Coolset token or credential" (docs/concepts.md, "Token value"): the name rule for
    /// text, and the same rule applied to symbols, with the credential-context limit for the bare words.
    /// </summary>
    internal static class CredentialNames
    {
        /// <summary>Options properties that hold the token (<c>IOptions&lt;CoolsetOptions&gt;.Value.ApiToken</c>).</summary>
        public static readonly ImmutableArray<string> OptionsPropertyNames =
            ImmutableArray.Create("ApiToken", "Token", "ApiKey", "AccessToken", "BearerToken");

        private const int MaximumNameLength = 32;

        private static readonly string[] BareWords = { "token", "secret" };

        private static readonly string[] ExactNames =
        {
            "apitoken", "apikey", "accesstoken", "authtoken", "bearertoken", "bearer",
            "authorization", "authheader", "authorizationheader", "apisecret", "coolsettoken",
        };

        private static readonly string[] Suffixes = { "apitoken", "apikey", "accesstoken", "bearertoken" };

        /// <summary>Methods that hand out one element of a channel, a queue, a stack or a blocking collection.</summary>
        private static readonly string[] ElementReaders =
        {
            "TryRead", "TryDequeue", "TryTake", "TryPeek", "TryPop", "TryReceive",
            "ReadAsync", "Dequeue", "DequeueAsync", "Take", "Pop", "Peek", "Receive", "ReceiveAsync",
        };

        /// <summary>Element operators that pick one piece of a split string.</summary>
        private static readonly string[] PieceOperators =
        {
            "First", "FirstOrDefault", "Last", "LastOrDefault", "Single", "SingleOrDefault", "ElementAt", "ElementAtOrDefault",
        };

        public static bool IsOptionsTokenProperty(string name) => OptionsPropertyNames.Contains(name);

        /// <summary>
        /// After removing a leading <c>m_</c>, <c>s_</c> or <c>_</c>, then all underscores, and lower-casing, the name is one
        /// of the credential names or ends with one of the credential suffixes. Allocation-free.
        /// </summary>
        public static bool IsCredentialName(string name) => Classify(name) != CredentialNameKind.None;

        /// <summary>Whether <paramref name="name"/> is a credential name, and whether it is one of the bare words.</summary>
        public static CredentialNameKind Classify(string name)
        {
            var start = NameStart(name);
            if (name.Length - start > MaximumNameLength)
            {
                return CredentialNameKind.None;
            }

            var length = 0;
            for (var i = start; i < name.Length; i++)
            {
                if (name[i] != '_')
                {
                    length++;
                }
            }

            foreach (var word in BareWords)
            {
                if (word.Length == length && NormalizedEndsWith(name, start, word))
                {
                    return CredentialNameKind.BareWord;
                }
            }

            foreach (var exact in ExactNames)
            {
                if (exact.Length == length && NormalizedEndsWith(name, start, exact))
                {
                    return CredentialNameKind.Credential;
                }
            }

            foreach (var suffix in Suffixes)
            {
                if (suffix.Length <= length && NormalizedEndsWith(name, start, suffix))
                {
                    return CredentialNameKind.Credential;
                }
            }

            return CredentialNameKind.None;
        }

        /// <summary>
        /// Whether a string local, parameter, field or property is named like a credential where it stands: a bare word
        /// only in credential context (<see cref="CredentialContext"/>) and never for an element of enumerated, streamed,
        /// queued or split text.
        /// </summary>
        /// <param name="root">The operation tree the symbol is used in; locals and parameters also take context from it.</param>
        public static bool IsNamedCredential(ISymbol symbol, CredentialContext context, IOperation? root)
        {
            var kind = NameKind(symbol);
            return kind == CredentialNameKind.Credential ||
                   (kind == CredentialNameKind.BareWord && !IsElementOfText(symbol) && context.Holds(symbol, root));
        }

        private static CredentialNameKind NameKind(ISymbol symbol)
        {
            switch (symbol)
            {
                case ILocalSymbol local:
                    return local.IsConst ? CredentialNameKind.None : OfString(local.Type, local.Name);
                case IParameterSymbol parameter:
                    return OfString(parameter.Type, parameter.Name);
                case IFieldSymbol field:
                    // Constants are judged by their value; a framework's static readonly header name
                    // (HeaderNames.Authorization = "Authorization") is a name, not a credential.
                    return field.IsConst || (field.IsStatic && field.IsReadOnly && !InSource(field))
                        ? CredentialNameKind.None
                        : OfString(field.Type, field.Name);
                case IPropertySymbol property:
                    if (property.IsIndexer || property.Type.SpecialType != SpecialType.System_String)
                    {
                        return CredentialNameKind.None;
                    }

                    return Classify(property.Name); // every options property name is a credential name too
                default:
                    return CredentialNameKind.None;
            }
        }

        private static CredentialNameKind OfString(ITypeSymbol type, string name) =>
            type.SpecialType == SpecialType.System_String ? Classify(name) : CredentialNameKind.None;

        /// <summary>
        /// A <c>foreach</c>/<c>await foreach</c> variable, a lambda parameter (a per-item callback), a value taken from a
        /// channel or a queue, or a piece of split text: one element of some text, whatever it is called.
        /// </summary>
        private static bool IsElementOfText(ISymbol symbol)
        {
            if (symbol is IParameterSymbol parameter)
            {
                return parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction };
            }

            if (!(symbol is ILocalSymbol local) || local.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            switch (local.DeclaringSyntaxReferences[0].GetSyntax())
            {
                case ForEachStatementSyntax _:
                    return true;
                case SingleVariableDesignationSyntax designation:
                    return IsOutArgumentOfElementReader(designation) || IsForEachDeconstruction(designation);
                case VariableDeclaratorSyntax { Initializer: { } initializer }:
                    return IsElementRead(initializer.Value);
                default:
                    return false;
            }
        }

        /// <summary><c>reader.TryRead(out var token)</c>, <c>queue.TryDequeue(out string token)</c>.</summary>
        private static bool IsOutArgumentOfElementReader(SingleVariableDesignationSyntax designation) =>
            designation.Parent is DeclarationExpressionSyntax { Parent: ArgumentSyntax argument } &&
            argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) &&
            argument.Parent?.Parent is InvocationExpressionSyntax invocation &&
            IsOneOf(InvokedName(invocation), ElementReaders);

        /// <summary><c>foreach (var (index, token) in …)</c>.</summary>
        private static bool IsForEachDeconstruction(SyntaxNode node)
        {
            for (var current = node.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case ForEachVariableStatementSyntax _:
                        return true;
                    case VariableDesignationSyntax _:
                    case DeclarationExpressionSyntax _:
                    case TupleExpressionSyntax _:
                    case ArgumentSyntax _:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// <c>await channel.Reader.ReadAsync()</c>, <c>queue.Dequeue()</c>, <c>line.Split(' ')[0]</c>,
        /// <c>text.Split(',').Last()</c>.
        /// </summary>
        private static bool IsElementRead(ExpressionSyntax value)
        {
            value = Unwrap(value);
            switch (value)
            {
                case InvocationExpressionSyntax invocation:
                    var name = InvokedName(invocation);
                    return IsOneOf(name, ElementReaders) ||
                           (IsOneOf(name, PieceOperators) && invocation.Expression is MemberAccessExpressionSyntax access &&
                            IsSplit(access.Expression));
                case ElementAccessExpressionSyntax element:
                    return IsSplit(element.Expression);
                default:
                    return false;
            }
        }

        private static bool IsSplit(ExpressionSyntax expression) =>
            Unwrap(expression) is InvocationExpressionSyntax invocation && InvokedName(invocation) == "Split";

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case AwaitExpressionSyntax awaited:
                        expression = awaited.Expression;
                        continue;
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                        expression = suppressed.Operand;
                        continue;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } access }:
                        expression = access.Expression;
                        continue;
                    default:
                        return expression;
                }
            }
        }

        private static string? InvokedName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };

        private static bool IsOneOf(string? name, string[] names)
        {
            foreach (var candidate in names)
            {
                if (name == candidate)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether <paramref name="name"/> (normalized as above) names a whole Authorization header value, scheme included
        /// (<c>authorization</c>, <c>authHeader</c>, <c>bearer</c>), rather than the credential alone.
        /// </summary>
        public static bool NamesWholeHeaderValue(string name)
        {
            var normalized = name.Substring(NameStart(name)).Replace("_", string.Empty).ToLowerInvariant();
            return normalized.Contains("header") || normalized.Contains("authorization") || normalized == "bearer";
        }

        /// <summary>Where the name starts after a leading <c>m_</c>, <c>s_</c> or <c>_</c>.</summary>
        private static int NameStart(string name) =>
            name.Length >= 2 && (name[0] == 'm' || name[0] == 's') && name[1] == '_' ? 2
            : name.Length >= 1 && name[0] == '_' ? 1
            : 0;

        /// <summary>
        /// Whether <paramref name="name"/> from <paramref name="start"/>, without underscores and lower-cased (ASCII),
        /// ends with <paramref name="lowerCase"/>.
        /// </summary>
        private static bool NormalizedEndsWith(string name, int start, string lowerCase)
        {
            var j = lowerCase.Length - 1;
            for (var i = name.Length - 1; i >= start && j >= 0; i--)
            {
                var c = name[i];
                if (c == '_')
                {
                    continue;
                }

                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + ('a' - 'A'));
                }

                if (c != lowerCase[j])
                {
                    return false;
                }

                j--;
            }

            return j < 0;
        }

        private static bool InSource(ISymbol symbol)
        {
            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
