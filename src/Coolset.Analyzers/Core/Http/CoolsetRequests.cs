using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Finds the Coolset requests a method sends (docs/concepts.md, "Coolset request"): <c>HttpClient</c> convenience
    /// calls, <c>Send</c>/<c>SendAsync</c> of an <c>HttpRequestMessage</c>, and the <c>System.Net.Http.Json</c>
    /// extensions, whose URI is a Coolset URL or a relative URI sent through a client whose <c>BaseAddress</c> is one.
    /// </summary>
    /// <remarks>Create one per compilation; what it learns about types and the compilation is cached here.</remarks>
    internal sealed class CoolsetRequests
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeClients> _typeClients =
            new ConcurrentDictionary<INamedTypeSymbol, TypeClients>(SymbolEqualityComparer.Default);

        private readonly Compilation _compilation;

        private CoolsetRequests(Compilation compilation, HttpSymbols symbols, CoolsetUriRecognizer uris)
        {
            _compilation = compilation;
            Symbols = symbols;
            Uris = uris;
        }

        public HttpSymbols Symbols { get; }

        public CoolsetUriRecognizer Uris { get; }

        /// <summary>
        /// Whether a client from outside (parameter, constructor-injected field, factory) is known to be unauthorized:
        /// this compilation registers HTTP clients and configures Authorization for them nowhere. Computed on first use.
        /// </summary>
        public bool OutsideClientsUnauthorized => ClientRegistrations.RegistersUnauthorizedClients(_compilation);

        /// <summary>Null when the compilation has no <c>HttpClient</c>. Cheap: nothing is walked here.</summary>
        public static CoolsetRequests? Create(Compilation compilation)
        {
            var symbols = HttpSymbols.For(compilation);
            return symbols == null
                ? null
                : new CoolsetRequests(compilation, symbols, new CoolsetUriRecognizer(compilation));
        }

        /// <summary>A send through a client: its client, and its URI or request. Null for any other call.</summary>
        public SendCall? AsSend(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!IsSendName(method.Name))
            {
                return null;
            }

            IOperation? client;
            if (method.IsStatic)
            {
                if (Symbols.JsonExtensions == null || !SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.JsonExtensions))
                {
                    return null;
                }

                client = invocation.Arguments.ArgumentValue(0);
            }
            else
            {
                var type = method.ContainingType;
                if (!Symbols.IsClient(type) && !(Symbols.Invoker != null && SymbolEqualityComparer.Default.Equals(type, Symbols.Invoker)))
                {
                    return null;
                }

                client = invocation.Instance is IConditionalAccessInstanceOperation ? ConditionalReceiver(invocation) : invocation.Instance;
            }

            IOperation? uri = null;
            IOperation? request = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "requestUri")
                {
                    uri = argument.Value;
                }
                else if (argument.Parameter?.Name == "request" && Symbols.IsRequest(argument.Parameter.Type))
                {
                    request = argument.Value;
                }
            }

            return uri == null && request == null ? null : new SendCall(invocation, client?.WithoutConversions(), uri, request?.WithoutConversions());
        }

        /// <summary>
        /// The sends of <paramref name="model"/>'s file, found by their names in its text (see <see cref="InvocationSites"/>):
        /// every send name but <c>Send</c> holds <c>Async</c>.
        /// </summary>
        public IReadOnlyList<SendCall> FindSends(SemanticModel model, CancellationToken cancellationToken)
        {
            var text = FileText.Of(model.SyntaxTree, cancellationToken);
            if (text.IndexOf("Send", StringComparison.Ordinal) < 0 && text.IndexOf("Async", StringComparison.Ordinal) < 0)
            {
                return Array.Empty<SendCall>();
            }

            List<IInvocationOperation>? calls = null;
            InvocationSites.Find(model, text, "Async", IsSendNameAt, ref calls, cancellationToken);
            InvocationSites.Find(model, text, "Send", (t, start, length) => InvocationSites.IsAt(t, start, length, "Send"), ref calls, cancellationToken); // SendAsync is found above
            if (calls == null)
            {
                return Array.Empty<SendCall>();
            }

            var sends = new List<SendCall>();
            foreach (var call in calls)
            {
                if (AsSend(call) is { } send)
                {
                    sends.Add(send);
                }
            }

            if (sends.Count > 1)
            {
                sends.Sort((a, b) => a.Invocation.Syntax.SpanStart.CompareTo(b.Invocation.Syntax.SpanStart));
            }

            return sends;
        }

        /// <summary>The receiver of <c>client?.GetAsync(…)</c>: the operand of the conditional access the call belongs to.</summary>
        private static IOperation? ConditionalReceiver(IOperation operation)
        {
            for (var current = operation; current.Parent != null; current = current.Parent)
            {
                if (current.Parent is IConditionalAccessOperation access && access.WhenNotNull == current)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>The Coolset sends of the method whose body is <paramref name="root"/>, by send syntax.</summary>
        public MethodRequests Scan(IOperation root, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var scan = new MethodScan(this, hosts, cancellationToken);
            scan.Walk(root);
            return scan.Finish();
        }

        /// <summary>What the type that owns <paramref name="member"/> (an <c>HttpClient</c> field or property) does with it.</summary>
        public TypeClients.Client ClientMember(ISymbol member, CoolsetHosts hosts, CancellationToken cancellationToken) =>
            _typeClients.GetOrAdd(member.ContainingType, t => new TypeClients(t)).For(member, hosts, cancellationToken);

        /// <summary>Whether a member client counts as authorized where a method starts.</summary>
        public bool MemberClientAuthorized(ISymbol member, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var client = ClientMember(member, hosts, cancellationToken);
            return client.Origin switch
            {
                ClientOrigin.CreatedPlain => client.Authorized,
                ClientOrigin.CreatedWithHandler => true,
                _ => client.Authorized || !OutsideClientsUnauthorized,
            };
        }

        /// <summary>
        /// Whether every path authorizes <paramref name="send"/> without looking at paths: its client is a field,
        /// property or parameter that is authorized where the method starts and that the method never writes. The
        /// control-flow analysis reaches the same answer (nothing in a method takes a header away), at far greater cost.
        /// </summary>
        public bool ClientAuthorizedThroughout(CoolsetSend send, MethodRequests method, CoolsetHosts hosts, CancellationToken cancellationToken)
        {
            var client = send.Client;
            if (client == null || method.Reassigned.Contains(client))
            {
                return false;
            }

            return client switch
            {
                IParameterSymbol _ => !OutsideClientsUnauthorized,
                IFieldSymbol _ => MemberClientAuthorized(client, hosts, cancellationToken),
                IPropertySymbol _ => MemberClientAuthorized(client, hosts, cancellationToken),
                _ => false,
            };
        }

        private static bool IsSendNameAt(string text, int start, int length)
        {
            foreach (var name in SendNames)
            {
                if (InvocationSites.IsAt(text, start, length, name))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] SendNames =
        {
            "GetAsync", "GetStringAsync", "GetStreamAsync", "GetByteArrayAsync", "PostAsync", "PutAsync", "PatchAsync",
            "DeleteAsync", "SendAsync", "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync",
            "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync", "Send",
        };

        private static readonly HashSet<string> SendNameSet = new HashSet<string>(SendNames, StringComparer.Ordinal);

        private static bool IsSendName(string name) => SendNameSet.Contains(name);

        /// <summary>The symbol a client or request expression stands for: a local, parameter, or a field/property of this type or static.</summary>
        public static ISymbol? KeyOf(IOperation? operation) => operation?.WithoutConversions() switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field when field.Instance == null || field.Instance is IInstanceReferenceOperation => field.Field,
            IPropertyReferenceOperation property when property.Arguments.Length == 0 &&
                                                     (property.Instance == null || property.Instance is IInstanceReferenceOperation) => property.Property,
            _ => null,
        };

        /// <summary>Whether a URI expression is relative: constant text before any hole, without a scheme.</summary>
        public static bool IsRelative(IOperation? uri)
        {
            uri = uri?.WithoutConversions();
            if (uri is IObjectCreationOperation creation && creation.Arguments.Length > 0)
            {
                uri = creation.Arguments.ArgumentValue(0)?.WithoutConversions();
            }

            if (uri == null || uri.Type?.SpecialType != SpecialType.System_String)
            {
                return false;
            }

            var text = ConstantUrlPrefix.Of(uri).Text;
            return text.Length > 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 && !text.StartsWith("//", StringComparison.Ordinal);
        }
    }

    /// <summary>Where a client comes from.</summary>
    internal enum ClientOrigin
    {
        Outside,
        CreatedPlain,
        CreatedWithHandler,
    }

    /// <summary>A call that sends through a client.</summary>
    internal sealed class SendCall
    {
        public SendCall(IInvocationOperation invocation, IOperation? client, IOperation? uri, IOperation? request)
        {
            Invocation = invocation;
            Client = client;
            Uri = uri;
            Request = request;
        }

        public IInvocationOperation Invocation { get; }

        public IOperation? Client { get; }

        public IOperation? Uri { get; }

        public IOperation? Request { get; }
    }

    /// <summary>A Coolset request a method sends: the request local (if any) and the client's symbol (if any).</summary>
    internal sealed class CoolsetSend
    {
        public CoolsetSend(IInvocationOperation invocation, ILocalSymbol? request, ISymbol? client, bool inlineRequestAuthorized)
        {
            Invocation = invocation;
            Request = request;
            Client = client;
            InlineRequestAuthorized = inlineRequestAuthorized;
        }

        public IInvocationOperation Invocation { get; }

        public SyntaxNode Syntax => Invocation.Syntax;

        public ILocalSymbol? Request { get; }

        public ISymbol? Client { get; }

        /// <summary>A request created in the send call itself whose initializer sets the header.</summary>
        public bool InlineRequestAuthorized { get; }
    }

    /// <summary>The Coolset sends of one method.</summary>
    internal sealed class MethodRequests
    {
        public MethodRequests(Dictionary<SyntaxNode, CoolsetSend> sends, HashSet<ISymbol> coolsetKeys, HashSet<ISymbol> captured, HashSet<ISymbol> reassigned, bool hasLabels)
        {
            Sends = sends;
            CoolsetKeys = coolsetKeys;
            Captured = captured;
            Reassigned = reassigned;
            HasLabels = hasLabels;
        }

        public Dictionary<SyntaxNode, CoolsetSend> Sends { get; }

        /// <summary>Requests and clients that carry a Coolset request in this method (or whose base address is Coolset).</summary>
        public HashSet<ISymbol> CoolsetKeys { get; }

        /// <summary>Locals used inside a lambda or local function other than the one that declares them.</summary>
        public HashSet<ISymbol> Captured { get; }

        /// <summary>
        /// Fields, properties and parameters this method writes (their state where the method starts may not last), and
        /// locals it writes after their declaration.
        /// </summary>
        public HashSet<ISymbol> Reassigned { get; }

        /// <summary>The method has a label: a <c>goto</c> may enter a block in its middle.</summary>
        public bool HasLabels { get; }
    }
}
