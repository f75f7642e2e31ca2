using System.Net.Http;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        switch (this.Context.OperationId)
        {
            case "ListWidgets":
                return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
            case "GetWidgets":
                return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
        }
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);
    }
}
