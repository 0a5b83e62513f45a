using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Coolset.Analyzers.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Rules
{
    /// <summary>
    /// COOL009: the Authorization header of a Coolset request or client set with another scheme than <c>Bearer</c>, or
    /// with a token and no scheme. Candidates are found by a cheap look at the call or creation; only then is the
    /// method scanned to decide whether the request or client is a Coolset one.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NonBearerAuthorizationAnalyzer : DiagnosticAnalyzer
    {
        private const string OtherSchemeFormat = "uses the '{0}' scheme; the Coolset API expects 'Bearer'";
        private const string UnnamedSchemeText = "uses another scheme than 'Bearer'";
        private const string NoSchemeText = "carries a token without the 'Bearer' scheme";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.NonBearerAuthorization);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Type lookups only: nothing is walked until a candidate is found.
                var requests = CoolsetRequests.Create(start.Compilation);
                if (requests == null || requests.Symbols.Headers == null)
                {
                    return;
                }

                var state = new CompilationState(requests, TokenValueAnalysis.For(start.Compilation, start.Options));
                start.RegisterSemanticModelAction(state.AnalyzeCalls);
            });
        }

        private sealed class CompilationState
        {
            private readonly CoolsetRequests _requests;
            private readonly TokenValueAnalysis _tokens;
            private readonly ConditionalWeakTable<IOperation, ScanResult> _scans = new ConditionalWeakTable<IOperation, ScanResult>();

            public CompilationState(CoolsetRequests requests, TokenValueAnalysis tokens)
            {
                _requests = requests;
                _tokens = tokens;
            }

            private HttpSymbols Symbols => _requests.Symbols;

            /// <summary><c>new AuthenticationHeaderValue("Basic", …)</c> that becomes a Coolset request's or client's Authorization.</summary>
            private void AnalyzeCreation(Site site, IObjectCreationOperation creation)
            {
                if (creation.Arguments.Length == 0)
                {
                    return;
                }

                var scheme = AuthorizationScheme.OfSchemeArgument(creation.Arguments.ArgumentValue(0));
                if (scheme.Kind != AuthorizationSchemeKind.Other)
                {
                    return;
                }

                var rewrite = creation.Arguments.Length == 2 && creation.Arguments.ArgumentValue(1) != null
                    ? BearerRewriteKind.SchemeArgument
                    : BearerRewriteKind.None; // a scheme without credential: which token to send is not known
                var root = creation.Root();
                ReportIfCoolset(site, creation, Owners(creation, root), root, Describe(scheme), rewrite);
            }

            /// <summary>
            /// <c>new AuthenticationHeaderValue(…)</c>, <c>AuthenticationHeaderValue.Parse/TryParse</c>,
            /// <c>Headers.Add/TryAddWithoutValidation("Authorization", …)</c>: found in the file's text (see
            /// <see cref="ObjectCreationSites"/> and <see cref="InvocationSites"/>), not with a callback per call or <c>new</c>.
            /// </summary>
            public void AnalyzeCalls(SemanticModelAnalysisContext context)
            {
                var text = FileText.Of(context.SemanticModel.SyntaxTree, context.CancellationToken);
                Site? site = null;
                if (Symbols.AuthenticationHeaderValue is { } headerValue)
                {
                    List<IObjectCreationOperation>? creations = null;
                    ObjectCreationSites.Find(context.SemanticModel, text, headerValue, ref creations, context.CancellationToken);
                    for (var i = 0; creations != null && i < creations.Count; i++)
                    {
                        AnalyzeCreation(site ??= new Site(context.Options, context.ReportDiagnostic, context.CancellationToken), creations[i]);
                    }
                }

                List<IInvocationOperation>? calls = null;
                InvocationSites.Find(context.SemanticModel, text, "Parse", IsParseName, ref calls, context.CancellationToken);
                InvocationSites.Find(context.SemanticModel, text, "Add", IsAddName, ref calls, context.CancellationToken, argumentCount: 2); // (name, value)
                if (calls == null)
                {
                    return;
                }

                // Most calls found are other Add/Parse methods: the reporting delegate is made for the first that counts.
                foreach (var invocation in calls)
                {
                    switch (Classify(invocation))
                    {
                        case CallKind.Parse:
                            AnalyzeParse(site ??= new Site(context.Options, context.ReportDiagnostic, context.CancellationToken), invocation, isParse: true);
                            break;
                        case CallKind.TryParse:
                            AnalyzeParse(site ??= new Site(context.Options, context.ReportDiagnostic, context.CancellationToken), invocation, isParse: false);
                            break;
                        case CallKind.AuthorizationAdd:
                            AnalyzeAdd(site ??= new Site(context.Options, context.ReportDiagnostic, context.CancellationToken), invocation);
                            break;
                    }
                }
            }

            private static bool IsParseName(string text, int start, int length) =>
                (InvocationSites.IsAt(text, start, length, "Parse") || InvocationSites.IsAt(text, start, length, "TryParse")) &&
                !InvocationSites.IsOnBuiltInType(text, start); // int.Parse(…) is never AuthenticationHeaderValue's

            private static bool IsAddName(string text, int start, int length) =>
                InvocationSites.IsAt(text, start, length, "Add") || InvocationSites.IsAt(text, start, length, "TryAddWithoutValidation");

            private CallKind Classify(IInvocationOperation invocation)
            {
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "Parse":
                    case "TryParse":
                        return !Symbols.IsAuthenticationHeaderValue(method.ContainingType) ? CallKind.Other
                            : method.Name == "Parse" ? CallKind.Parse
                            : CallKind.TryParse;
                    case "Add":
                    case "TryAddWithoutValidation":
                        return Symbols.IsHeaders(method.ContainingType) && method.Parameters.Length == 2 &&
                               method.Parameters[1].Type.SpecialType == SpecialType.System_String &&
                               AuthorizationHeader.IsName(invocation.Arguments.ConstantStringArgument(0))
                            ? CallKind.AuthorizationAdd
                            : CallKind.Other;
                    default:
                        return CallKind.Other;
                }
            }

            private void AnalyzeParse(Site site, IInvocationOperation invocation, bool isParse)
            {
                var value = invocation.Arguments.ArgumentValue(0);
                if (value == null)
                {
                    return;
                }

                var root = invocation.Root();
                if (!(Judge(value, root, site.CancellationToken, out var scheme) is { } what))
                {
                    return;
                }

                List<IOperation> owners;
                if (isParse)
                {
                    owners = Owners(invocation, root);
                }
                else
                {
                    owners = new List<IOperation>();
                    if (OutLocal(invocation.Arguments.ArgumentValue(1)) is { } parsed)
                    {
                        AddOwnersOfLocal(parsed, root, owners);
                    }
                }

                var rewrite = !isParse ? BearerRewriteKind.None
                    : scheme.Kind == AuthorizationSchemeKind.None ? BearerRewriteKind.WholeValue
                    : scheme.CredentialFollows ? BearerRewriteKind.AfterScheme
                    : BearerRewriteKind.None;
                ReportIfCoolset(site, invocation, owners, root, what, rewrite);
            }

            private void AnalyzeAdd(Site site, IInvocationOperation invocation)
            {
                var value = invocation.Arguments.ArgumentValue(1);
                if (value == null || invocation.Instance == null || !(HeadersOwner(invocation.Instance) is { } owner))
                {
                    return;
                }

                var root = invocation.Root();
                if (!(Judge(value, root, site.CancellationToken, out var scheme) is { } what))
                {
                    return;
                }

                var rewrite = scheme.Kind == AuthorizationSchemeKind.None ? BearerRewriteKind.WholeValue
                    : scheme.CredentialFollows ? BearerRewriteKind.AfterScheme
                    : BearerRewriteKind.None;
                ReportIfCoolset(site, invocation, new List<IOperation> { owner }, root, what, rewrite);
            }

            /// <summary>What is wrong with a whole header value, for the message; null when nothing is (or nothing is known).</summary>
            private string? Judge(IOperation value, IOperation root, CancellationToken cancellationToken, out AuthorizationScheme scheme)
            {
                scheme = AuthorizationScheme.OfValue(value, root);
                switch (scheme.Kind)
                {
                    case AuthorizationSchemeKind.Other:
                        return Describe(scheme);
                    case AuthorizationSchemeKind.None:
                        return IsBareToken(value, cancellationToken) ? NoSchemeText : null;
                    default:
                        return null;
                }
            }

            /// <summary>A token value that is the credential alone: not a whole header value read from elsewhere.</summary>
            private bool IsBareToken(IOperation value, CancellationToken cancellationToken)
            {
                var evidence = _tokens.Explain(value, cancellationToken);
                switch (evidence.Kind)
                {
                    case TokenSourceKind.None:
                    case TokenSourceKind.AuthorizationHeader:
                    case TokenSourceKind.IncomingAuthorizationHeader:
                        return false; // forwarding a header forwards its scheme too
                    case TokenSourceKind.NamedCredential:
                        return !evidence.IsSplitPieces && !(evidence.Name != null && CredentialNames.NamesWholeHeaderValue(evidence.Name));
                    default:
                        return !evidence.IsSplitPieces;
                }
            }

            private static string Describe(AuthorizationScheme scheme) =>
                scheme.ShownName is { } shown ? string.Format(System.Globalization.CultureInfo.InvariantCulture, OtherSchemeFormat, shown) : UnnamedSchemeText;

            private void ReportIfCoolset(Site site, IOperation reported, List<IOperation> owners, IOperation root, string what, BearerRewriteKind rewrite)
            {
                if (owners.Count == 0)
                {
                    return;
                }

                var hosts = CoolsetOptions.ApiHosts.Read(site.Options.AnalyzerConfigOptionsProvider.GetOptions(reported.Syntax.SyntaxTree));
                foreach (var owner in owners)
                {
                    if (IsCoolset(owner, root, hosts, site.CancellationToken))
                    {
                        var kind = Symbols.IsClient(owner.Type) ? "client" : "request";
                        site.Report(Diagnostic.Create(
                            Descriptors.NonBearerAuthorization, reported.Syntax.GetLocation(), BearerRewrite.Create(rewrite), kind, what));
                        return;
                    }
                }
            }

            /// <summary>Whether the request or client whose header is set carries a Coolset request (docs/concepts.md, "Coolset request").</summary>
            private bool IsCoolset(IOperation owner, IOperation root, CoolsetHosts hosts, CancellationToken cancellationToken)
            {
                if (owner is IObjectCreationOperation creation)
                {
                    var uriName = Symbols.IsClient(creation.Type) ? "BaseAddress" : "RequestUri";
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter?.Name == "requestUri" && _requests.Uris.IsCoolsetUri(argument.Value, hosts, cancellationToken))
                        {
                            return true;
                        }
                    }

                    if (creation.Initializer != null)
                    {
                        foreach (var initializer in creation.Initializer.Initializers)
                        {
                            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment &&
                                property.Property.Name == uriName &&
                                _requests.Uris.IsCoolsetUri(assignment.Value, hosts, cancellationToken))
                            {
                                return true;
                            }
                        }
                    }

                    return false;
                }

                var key = CoolsetRequests.KeyOf(owner);
                if (key == null)
                {
                    return false;
                }

                var scan = Scan(root, hosts, cancellationToken);
                if (scan.Requests.CoolsetKeys.Contains(key) || (key is ILocalSymbol local && scan.Walked.IsCoolsetLocal(local)))
                {
                    return true;
                }

                return (key is IFieldSymbol || key is IPropertySymbol) && Symbols.IsClient(owner.Type) &&
                       _requests.ClientMember(key, hosts, cancellationToken).CoolsetBase;
            }

            /// <summary>One walk per method body, however many candidates it has.</summary>
            private ScanResult Scan(IOperation root, CoolsetHosts hosts, CancellationToken cancellationToken)
            {
                if (_scans.TryGetValue(root, out var cached))
                {
                    return cached;
                }

                var walked = new MethodScan(_requests, hosts, cancellationToken);
                walked.Walk(root);
                var result = new ScanResult(walked, walked.Finish());
                return _scans.GetValue(root, _ => result);
            }

            /// <summary>The requests or clients whose Authorization <paramref name="value"/> becomes: directly, or through a local.</summary>
            private List<IOperation> Owners(IOperation value, IOperation root)
            {
                var owners = new List<IOperation>();
                if (value.ParentWithoutConversions() is ISimpleAssignmentOperation assignment &&
                    assignment.Value.WithoutConversions() == value &&
                    AuthorizationOwner(assignment.Target) is { } owner)
                {
                    owners.Add(owner);
                }
                else if (MethodScan.AssignedLocal(value) is { } local)
                {
                    AddOwnersOfLocal(local, root, owners);
                }

                return owners;
            }

            private void AddOwnersOfLocal(ILocalSymbol local, IOperation root, List<IOperation> owners)
            {
                foreach (var operation in root.Descendants())
                {
                    if (operation is ISimpleAssignmentOperation { Value: var value } assignment &&
                        value.WithoutConversions() is ILocalReferenceOperation reference &&
                        SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                        AuthorizationOwner(assignment.Target) is { } owner)
                    {
                        owners.Add(owner);
                    }
                }
            }

            private static ILocalSymbol? OutLocal(IOperation? argument) => argument?.WithoutConversions() switch
            {
                ILocalReferenceOperation reference => reference.Local,
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation reference } => reference.Local,
                _ => null,
            };

            /// <summary>The request or client of <c>x.Headers.Authorization</c> / <c>x.DefaultRequestHeaders.Authorization</c> (object initializers too).</summary>
            private IOperation? AuthorizationOwner(IOperation target) =>
                target is IPropertyReferenceOperation { Property.Name: AuthorizationHeader.Name, Instance: { } headers } && Symbols.IsHeaders(headers.Type)
                    ? HeadersOwner(headers)
                    : null;

            /// <summary>The request of <c>request.Headers</c>, the client of <c>client.DefaultRequestHeaders</c>; the created object in an initializer.</summary>
            private IOperation? HeadersOwner(IOperation headers)
            {
                headers = headers.WithoutConversions();
                if (headers is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
                {
                    headers = Enclosing<IMemberInitializerOperation>(headers)?.InitializedMember!;
                }

                if (!(headers is IPropertyReferenceOperation { Instance: { } owner } property) ||
                    !((property.Property.Name == "Headers" && Symbols.IsRequest(property.Property.ContainingType)) ||
                      (property.Property.Name == "DefaultRequestHeaders" && Symbols.IsClient(property.Property.ContainingType))))
                {
                    return null;
                }

                owner = owner.WithoutConversions();
                return owner is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                    ? Enclosing<IObjectCreationOperation>(owner)
                    : owner;
            }

            private static T? Enclosing<T>(IOperation operation)
                where T : class, IOperation
            {
                for (var parent = operation.Parent; parent != null; parent = parent.Parent)
                {
                    if (parent is T found)
                    {
                        return found;
                    }
                }

                return null;
            }
        }

        private sealed class ScanResult
        {
            public ScanResult(MethodScan walked, MethodRequests requests)
            {
                Walked = walked;
                Requests = requests;
            }

            public MethodScan Walked { get; }

            public MethodRequests Requests { get; }
        }

        /// <summary>What a finding needs from the callback that found it (an operation or a semantic-model callback).</summary>
        private enum CallKind
        {
            Other,
            Parse,
            TryParse,
            AuthorizationAdd,
        }

        private readonly struct Site
        {
            public Site(AnalyzerOptions options, System.Action<Diagnostic> report, CancellationToken cancellationToken)
            {
                Options = options;
                Report = report;
                CancellationToken = cancellationToken;
            }

            public AnalyzerOptions Options { get; }

            public System.Action<Diagnostic> Report { get; }

            public CancellationToken CancellationToken { get; }
        }
    }
}
