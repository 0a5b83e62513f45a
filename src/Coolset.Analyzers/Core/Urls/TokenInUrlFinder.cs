using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>One token found in a Coolset URL: the query parameter that carries it (or the path), and how to take it out.</summary>
    internal sealed class TokenInUrlFinding
    {
        public TokenInUrlFinding(string? parameterName, int removeStart, int removeEnd, UrlExpressionPart? credentialHole, int valueStart, int valueLength)
        {
            ParameterName = parameterName;
            RemoveStart = removeStart;
            RemoveEnd = removeEnd;
            CredentialHole = credentialHole;
            ValueStart = valueStart;
            ValueLength = valueLength;
        }

        /// <summary>The query parameter's name as written; null when the token is in the path.</summary>
        public string? ParameterName { get; }

        public bool IsInPath => ParameterName == null;

        /// <summary>What to cut from the text to remove the parameter and one separator (<c>&amp;</c> or <c>?</c>); empty for the path.</summary>
        public int RemoveStart { get; }

        public int RemoveEnd { get; }

        /// <summary>The hole that holds the token value; null when the token is literal text.</summary>
        public UrlExpressionPart? CredentialHole { get; }

        /// <summary>The parameter's value (or the token in the path), in the expression's text.</summary>
        public int ValueStart { get; }

        public int ValueLength { get; }

        /// <summary>How the message names the place: <c>query parameter 'access_token'</c> or <c>the path</c>.</summary>
        public string Describe() => ParameterName == null ? "the path" : "query parameter '" + ParameterName + "'";
    }

    /// <summary>
    /// Finds tokens in the query or the path of the Coolset URLs of a <see cref="UrlExpression"/> (docs/rules/COOL008.md):
    /// a token-named query parameter (<see cref="TokenQueryParameters"/>) with a literal value that is not a placeholder,
    /// a hole holding a token value in the query or the path, a live or test token literal in the query or the path.
    /// A URL whose host is not whole in the constant text (a hole in or right after the host) is not a Coolset URL.
    /// </summary>
    internal static class TokenInUrlFinder
    {
        public static List<TokenInUrlFinding>? Find(UrlExpression expression, CoolsetHosts hosts, TokenValueAnalysis tokens, CancellationToken cancellationToken)
        {
            var text = expression.Text;
            List<TokenInUrlFinding>? findings = null;
            List<SecretMatch>? literalTokens = null;
            var index = 0;
            while (UrlScanner.TryFindNext(text, index, out var url))
            {
                index = Math.Max(url.End, index + 1);
                if (!url.IsCoolsetHost(text, hosts) || expression.HoleAt(url.PathStart) != null)
                {
                    continue; // another host, or a host (or port) that goes on in a hole
                }

                if (literalTokens == null && TokenShapes.MayContainSecret(text))
                {
                    literalTokens = new List<SecretMatch>();
                    TokenShapes.FindTokens(text, literalTokens);
                }

                FindInPath(expression, url, tokens, cancellationToken, literalTokens, ref findings);
                FindInQuery(expression, url, tokens, cancellationToken, literalTokens, ref findings);
            }

            return findings;
        }

        private static void FindInPath(UrlExpression expression, UrlSpans url, TokenValueAnalysis tokens, CancellationToken cancellationToken, List<SecretMatch>? literalTokens, ref List<TokenInUrlFinding>? findings)
        {
            var start = url.PathStart;
            var end = url.PathStart + url.PathLength;
            var hole = TokenHole(expression, start, end, tokens, cancellationToken);
            if (hole != null)
            {
                Add(ref findings, new TokenInUrlFinding(null, start, start, hole, hole.Start, hole.Length));
                return;
            }

            if (LiteralToken(literalTokens, start, end) is SecretMatch token)
            {
                Add(ref findings, new TokenInUrlFinding(null, start, start, null, token.Start, token.Length));
            }
        }

        private static void FindInQuery(UrlExpression expression, UrlSpans url, TokenValueAnalysis tokens, CancellationToken cancellationToken, List<SecretMatch>? literalTokens, ref List<TokenInUrlFinding>? findings)
        {
            if (url.QueryStart < 0)
            {
                return;
            }

            var text = expression.Text;
            List<QueryParameter>? all = null;
            List<bool>? removed = null;
            List<UrlExpressionPart?>? holes = null;
            foreach (var parameter in url.QueryParameters(text))
            {
                all ??= new List<QueryParameter>();
                removed ??= new List<bool>();
                holes ??= new List<UrlExpressionPart?>();
                var hole = TokenHole(expression, parameter.ValueStart, parameter.End, tokens, cancellationToken);
                var carries = hole != null ||
                              (TokenQueryParameters.IsTokenName(text, parameter) && !HasHole(text, parameter.ValueStart, parameter.End) &&
                               TokenQueryParameters.CarriesToken(text, parameter)) ||
                              LiteralToken(literalTokens, parameter.ValueStart, parameter.End) != null;
                all.Add(parameter);
                removed.Add(carries);
                holes.Add(hole);
            }

            if (all == null || removed == null || holes == null)
            {
                return;
            }

            for (var i = 0; i < all.Count; i++)
            {
                if (!removed[i])
                {
                    continue;
                }

                var parameter = all[i];
                int removeStart, removeEnd;
                var nextKept = removed.IndexOf(false, i + 1);
                var previousKept = removed.LastIndexOf(false, i);
                if (nextKept >= 0)
                {
                    removeStart = parameter.Start;
                    removeEnd = all[nextKept].Start; // the parameter, its '&' and any empty pairs
                }
                else if (previousKept >= 0)
                {
                    removeStart = all[previousKept].End;
                    removeEnd = parameter.End;
                }
                else
                {
                    removeStart = url.QueryStart - 1; // the '?' goes with the last parameter
                    removeEnd = parameter.End;
                }

                var name = text.Substring(parameter.NameStart, parameter.NameLength).Replace(UrlExpression.HoleMarker.ToString(), "{…}");
                Add(ref findings, new TokenInUrlFinding(name, removeStart, removeEnd, holes[i], parameter.ValueStart, parameter.ValueLength));
            }
        }

        /// <summary>The first hole in [start, end) whose value is a token value.</summary>
        private static UrlExpressionPart? TokenHole(UrlExpression expression, int start, int end, TokenValueAnalysis tokens, CancellationToken cancellationToken)
        {
            var text = expression.Text;
            if (!HasHole(text, start, end))
            {
                return null;
            }

            foreach (var part in expression.Parts)
            {
                if (part.IsHole && part.Start >= start && part.Start < end && part.HoleValue is { } value && tokens.IsTokenValue(value, cancellationToken))
                {
                    return part;
                }
            }

            return null;
        }

        private static bool HasHole(string text, int start, int end) =>
            end > start && text.IndexOf(UrlExpression.HoleMarker, start, end - start) >= 0;

        private static SecretMatch? LiteralToken(List<SecretMatch>? tokens, int start, int end)
        {
            if (tokens != null)
            {
                foreach (var token in tokens)
                {
                    if (token.Start >= start && token.End <= end)
                    {
                        return token;
                    }
                }
            }

            return null;
        }

        private static void Add(ref List<TokenInUrlFinding>? findings, TokenInUrlFinding finding) =>
            (findings ??= new List<TokenInUrlFinding>()).Add(finding);
    }
}
